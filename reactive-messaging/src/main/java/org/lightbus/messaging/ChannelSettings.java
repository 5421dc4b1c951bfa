package org.lightbus.messaging;

import static org.lightbus.messaging.MessagingMessages.MESSAGES;

import org.eclipse.microprofile.config.Config;
import org.lightbus.api.LightbusConfig;

/**
 * The attributes of an outgoing channel on the connector, read from the channel's configuration
 * ({@code mp.messaging.outgoing.<channel>.<attribute>}); those of an incoming channel are the runtime's, which starts
 * its listener.
 *
 * @param channel
 *            the channel's name
 * @param maxInFlight
 *            {@link LightbusConfig#CHANNEL_MAX_IN_FLIGHT}: how many messages of the channel may wait for their confirm
 *            at once; the channel asks its upstream for more only as confirms come. Default
 *            {@value #DEFAULT_MAX_IN_FLIGHT}
 */
record ChannelSettings(String channel, int maxInFlight) {

    static final int DEFAULT_MAX_IN_FLIGHT = 256;

    /** The attribute Reactive Messaging sets to the channel's name. */
    private static final String CHANNEL_NAME = "channel-name";

    /**
     * @return the name of the channel whose configuration this is
     */
    static String channelName(Config config) {
        return config.getValue(CHANNEL_NAME, String.class);
    }

    /**
     * @throws IllegalArgumentException
     *             naming the key and the accepted values, if an attribute is invalid
     */
    static ChannelSettings outgoing(Config config) {
        String channel = channelName(config);
        String value = config.getOptionalValue(LightbusConfig.CHANNEL_MAX_IN_FLIGHT, String.class).map(String::trim)
                .orElse(Integer.toString(DEFAULT_MAX_IN_FLIGHT));
        int maxInFlight;
        try {
            maxInFlight = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            maxInFlight = 0;
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException(MESSAGES.invalidMaxInFlight(value,
                    LightbusConfig.outgoingChannel(channel, LightbusConfig.CHANNEL_MAX_IN_FLIGHT)));
        }
        return new ChannelSettings(channel, maxInFlight);
    }
}
