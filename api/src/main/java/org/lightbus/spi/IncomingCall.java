package org.lightbus.spi;

import java.util.Map;

/**
 * A remote procedure call delivered to a server, not yet decoded. Metadata the caller did not send are null.
 *
 * @param api
 *            the API name
 * @param procedure
 *            the procedure name
 * @param correlationId
 *            the caller's correlation id
 * @param sourceService
 *            the caller's service name
 * @param body
 *            the raw arguments
 * @param headers
 *            the request's headers with text values, by name, read-only, from which the runtime extracts the trace
 *            context ({@link WireHeaders#TRACEPARENT}); may hold other headers too, and is empty when none came. Never
 *            null
 */
public record IncomingCall(String api, String procedure, String correlationId, String sourceService, byte[] body,
        Map<String, String> headers) {

    /**
     * A call without headers for the runtime.
     */
    public IncomingCall(String api, String procedure, String correlationId, String sourceService, byte[] body) {
        this(api, procedure, correlationId, sourceService, body, Map.of());
    }

    /** Makes absent headers empty (a transport may hand over a read-only view of the request's own). */
    public IncomingCall {
        headers = headers == null ? Map.of() : headers;
    }
}
