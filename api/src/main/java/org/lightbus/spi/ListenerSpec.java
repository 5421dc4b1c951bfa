package org.lightbus.spi;

import java.util.Objects;

/**
 * What one listener of one application listens to.
 *
 * @param serviceName
 *            the application's service name; with the listener name, it names the listener's queue
 * @param listenerName
 *            the listener name, unique within the service
 * @param api
 *            the API whose exchange the queue is bound to
 * @param eventName
 *            the event name the queue is bound with
 * @param retry
 *            when and how often to retry a failed event
 * @param prefetch
 *            how many unacknowledged events the broker may send ahead, at least 1
 * @param maxMessageSize
 *            the largest body, in bytes, that the listener takes, at least 1: a larger message goes to the dead-letter
 *            queue without reaching the handler
 */
public record ListenerSpec(String serviceName, String listenerName, String api, String eventName, RetryPolicy retry,
        int prefetch, long maxMessageSize) {

    /** The default of {@link #maxMessageSize()}: 1 MiB. */
    public static final long DEFAULT_MAX_MESSAGE_SIZE = 1024 * 1024;

    /**
     * A listener that takes bodies up to {@link #DEFAULT_MAX_MESSAGE_SIZE}.
     */
    public ListenerSpec(String serviceName, String listenerName, String api, String eventName, RetryPolicy retry,
            int prefetch) {
        this(serviceName, listenerName, api, eventName, retry, prefetch, DEFAULT_MAX_MESSAGE_SIZE);
    }

    /** Checks the components. */
    public ListenerSpec {
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(listenerName, "listenerName");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(retry, "retry");
        if (prefetch < 1) {
            throw new IllegalArgumentException("prefetch must be at least 1, was " + prefetch);
        }
        if (maxMessageSize < 1) {
            throw new IllegalArgumentException("maxMessageSize must be at least 1, was " + maxMessageSize);
        }
    }
}
