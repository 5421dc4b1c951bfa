package org.lightbus.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * What one application serves of one API.
 *
 * @param serviceName
 *            the application's service name
 * @param api
 *            the API whose calls it serves
 * @param concurrency
 *            how many calls run at once, at least 1
 * @param prefetch
 *            how many calls the broker sends ahead, at least 1
 * @param drainTimeout
 *            how long stopping waits for running calls to finish
 * @param maxMessageSize
 *            the largest call body, in bytes, that the server takes, at least 1: a larger call gets an error reply
 *            without reaching the handler
 */
public record RpcServerSpec(String serviceName, String api, int concurrency, int prefetch, Duration drainTimeout,
        long maxMessageSize) {

    /**
     * A server that takes calls up to {@link ListenerSpec#DEFAULT_MAX_MESSAGE_SIZE}.
     */
    public RpcServerSpec(String serviceName, String api, int concurrency, int prefetch, Duration drainTimeout) {
        this(serviceName, api, concurrency, prefetch, drainTimeout, ListenerSpec.DEFAULT_MAX_MESSAGE_SIZE);
    }

    /** Checks the components. */
    public RpcServerSpec {
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(drainTimeout, "drainTimeout");
        if (concurrency < 1 || prefetch < 1) {
            throw new IllegalArgumentException(
                    "concurrency and prefetch must be at least 1, were " + concurrency + " and " + prefetch);
        }
        if (maxMessageSize < 1) {
            throw new IllegalArgumentException("maxMessageSize must be at least 1, was " + maxMessageSize);
        }
    }
}
