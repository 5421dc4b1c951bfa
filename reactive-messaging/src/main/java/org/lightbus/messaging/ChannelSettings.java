package org.lightbus.messaging;

import static org.lightbus.messaging.MessagingMessages.MESSAGES;

import org.eclipse.microprofile.config.Config;

/**
 * The attributes of a channel on the connector, read from the channel's configuration
 * ({@code mp.messaging.outgoing.<channel>.<attribute>}).
 *
 * @param channel
 *            the channel's name
 * @param maxInFlight
 *            {@value #MAX_IN_FLIGHT}: how many messages of the channel may wait for their confirm at once; the channel
 *            asks its upstream for more only as confirms come. Default {@value #DEFAULT_MAX_IN_FLIGHT}
 */
record ChannelSettings(String channel, int maxInFlight) {

    /** The attribute that bounds the unconfirmed messages of a channel. */
    static final String MAX_IN_FLIGHT = "max-in-flight";

    static final int DEFAULT_MAX_IN_FLIGHT = 256;

    /** The attribute Reactive Messaging sets to the channel's name. */
    private static final String CHANNEL_NAME = "channel-name";

    /**
     * @throws IllegalArgumentException
     *             naming the key and the accepted values, if an attribute is invalid
     */
    static ChannelSettings outgoing(Config config) {
        String channel = config.getValue(CHANNEL_NAME, String.class);
        String value = config.getOptionalValue(MAX_IN_FLIGHT, String.class).map(String::trim)
                .orElse(Integer.toString(DEFAULT_MAX_IN_FLIGHT));
        int maxInFlight;
        try {
            maxInFlight = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            maxInFlight = 0;
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException(
                    MESSAGES.invalidMaxInFlight(value, "mp.messaging.outgoing." + channel + "." + MAX_IN_FLIGHT));
        }
        return new ChannelSettings(channel, maxInFlight);
    }
}
