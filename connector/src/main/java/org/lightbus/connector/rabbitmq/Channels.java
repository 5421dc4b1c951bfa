package org.lightbus.connector.rabbitmq;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * Closing channels whatever their state.
 */
final class Channels {

    private Channels() {
    }

    /**
     * Closes a channel, also one the broker closed already: {@code close()} (unlike {@code abort()}) also removes it
     * from the client's recovery, so that it is not reopened after a reconnection.
     *
     * @param channel
     *            the channel, or null
     */
    static void closeQuietly(Channel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException | TimeoutException | ShutdownSignalException e) {
            // closed already, or the connection is gone
        }
    }
}
