/**
 * Internal: traces and metrics of the bus with OpenTelemetry. Not an API; may change without notice.
 *
 * <p>
 * The OpenTelemetry API is optional at run time: {@link org.lightbus.cdi.telemetry.Telemetry} is the only class the
 * runtime calls, and it imports nothing of OpenTelemetry. Only when the API is on the application's class path, the
 * application does not turn telemetry off, and an OpenTelemetry instance is there, does it load the other classes of
 * this package, which wrap the transport ({@link org.lightbus.cdi.telemetry.TracedTransport}). Otherwise the runtime
 * uses the transport as it is, at no cost per message.
 */
package org.lightbus.cdi.telemetry;
