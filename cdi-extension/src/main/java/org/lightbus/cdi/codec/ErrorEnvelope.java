package org.lightbus.cdi.codec;

/**
 * How a failed call travels back to its caller ({@code docs/protocol.md}): never a serialized exception.
 *
 * @param code
 *            a stable error code, e.g. {@code LBUS02101}
 * @param type
 *            the fully qualified type name of the exception on the server, or null
 * @param message
 *            the exception message, or null
 */
public record ErrorEnvelope(String code, String type, String message) {
}
