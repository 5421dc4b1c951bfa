package org.lightbus.connector.rabbitmq;

import java.io.IOException;

import org.lightbus.spi.ListenerHandle;
import org.lightbus.spi.Transport;

import com.rabbitmq.client.Channel;

/**
 * Makes RabbitMQ close the consumer channel of a listener or server with a channel error, as the consumer
 * acknowledgement timeout would, for the integration tests.
 */
public final class ChannelFaults {

    /** No delivery ever has this tag on a test's channel. */
    private static final long UNKNOWN_DELIVERY_TAG = 999_999_999L;

    private ChannelFaults() {
    }

    /**
     * @return the current consumer channel of a listener or server of {@link RabbitMQTransport}
     */
    public static Channel channel(ListenerHandle handle) {
        if (handle instanceof RabbitMQListener listener) {
            return listener.channel();
        }
        return ((RpcServer) handle).channel();
    }

    /**
     * Acknowledges an unknown delivery tag on the handle's consumer channel: RabbitMQ closes the channel with
     * {@code PRECONDITION_FAILED}, and the connection stays open.
     *
     * @return the channel RabbitMQ closes
     */
    public static Channel failChannel(ListenerHandle handle) throws IOException {
        Channel channel = channel(handle);
        channel.basicAck(UNKNOWN_DELIVERY_TAG, false);
        return channel;
    }

    /**
     * Has the transport act as on the broker's {@code connection.blocked} notification, which RabbitMQ sends on a
     * memory or disk alarm: raising one on a shared broker would block everybody.
     */
    public static void blockPublishing(Transport transport, String reason) {
        ((RabbitMQTransport) transport).alarm().handleBlocked(reason);
    }

    /** Has the transport act as on the broker's {@code connection.unblocked} notification. */
    public static void unblockPublishing(Transport transport) {
        ((RabbitMQTransport) transport).alarm().handleUnblocked();
    }

    /**
     * @return the heartbeat interval the transport's connection negotiated with the broker, in seconds
     */
    public static int heartbeatSeconds(Transport transport) {
        return ((RabbitMQTransport) transport).connection().getHeartbeat();
    }
}
