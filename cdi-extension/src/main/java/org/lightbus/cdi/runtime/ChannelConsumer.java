package org.lightbus.cdi.runtime;

import java.util.Objects;

/**
 * What consumes an incoming Reactive Messaging channel, as the extension found it at deployment.
 *
 * @param channel
 *            the channel's name
 * @param payloadType
 *            the name of the payload type the consumer declares ({@code byte[]} for a byte array,
 *            {@code java.lang.Object} when it declares none)
 * @param where
 *            the method or bean that consumes it, for messages
 */
public record ChannelConsumer(String channel, String payloadType, String where) {

    /** Checks that no component is null. */
    public ChannelConsumer {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(where, "where");
    }
}
