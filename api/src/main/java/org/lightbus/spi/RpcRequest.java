package org.lightbus.spi;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A remote procedure call on its way to a server, already encoded.
 *
 * @param api
 *            the API name, e.g. {@code auth}
 * @param procedure
 *            the procedure name within the API, e.g. {@code check_password}
 * @param sourceService
 *            the caller's service name
 * @param body
 *            the arguments as a UTF-8 JSON array, in parameter order
 * @param timeout
 *            how long to wait for the reply; also the request's expiration, so that a server does not execute a call
 *            nobody waits for
 * @param headers
 *            further request headers with text values, by name, which the transport sends as they are: the trace
 *            context ({@link WireHeaders#TRACEPARENT}, {@link WireHeaders#TRACESTATE}) and whatever else the
 *            application's OpenTelemetry propagators write; empty when there are none. They never replace a header or
 *            property the transport sets itself
 */
public record RpcRequest(String api, String procedure, String sourceService, byte[] body, Duration timeout,
        Map<String, String> headers) {

    /**
     * A call without further headers.
     */
    public RpcRequest(String api, String procedure, String sourceService, byte[] body, Duration timeout) {
        this(api, procedure, sourceService, body, timeout, Map.of());
    }

    /** Checks the components; copies the headers. */
    public RpcRequest {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(sourceService, "sourceService");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
    }

    /**
     * @param further
     *            the further headers; not null
     *
     * @return this call with those further headers instead of its own
     */
    public RpcRequest withHeaders(Map<String, String> further) {
        return new RpcRequest(api, procedure, sourceService, body, timeout, further);
    }
}
