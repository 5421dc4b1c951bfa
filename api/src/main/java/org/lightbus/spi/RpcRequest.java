package org.lightbus.spi;

import java.time.Duration;
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
 */
public record RpcRequest(String api, String procedure, String sourceService, byte[] body, Duration timeout) {

    /** Checks the components. */
    public RpcRequest {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(sourceService, "sourceService");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }
}
