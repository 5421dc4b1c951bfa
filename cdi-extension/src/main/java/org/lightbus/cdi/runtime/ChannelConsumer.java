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

    /** Between the components of {@link #encoded()}: a character no channel, type or method name contains. */
    private static final String SEPARATOR = "\u001f";

    /** Checks that no component is null. */
    public ChannelConsumer {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(where, "where");
    }

    /**
     * @return this consumer as one string, for a parameter of a synthetic bean; {@link #decode} reads it
     */
    public String encoded() {
        return String.join(SEPARATOR, channel, payloadType, where);
    }

    /**
     * @param encoded
     *            what {@link #encoded()} returned
     *
     * @return the consumer
     */
    public static ChannelConsumer decode(String encoded) {
        String[] parts = encoded.split(SEPARATOR, 3);
        return new ChannelConsumer(parts[0], parts[1], parts[2]);
    }
}
