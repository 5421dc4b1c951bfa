package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorMessages.MESSAGES;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.lightbus.spi.DeliveryHandler;
import org.lightbus.spi.ListenerHandle;
import org.lightbus.spi.ListenerSpec;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * A running listener: its own channel, with its topology declared and one consumer.
 */
final class RabbitMQListener implements ListenerHandle {

    private final Channel channel;
    private final ListenerConsumer consumer;
    private final String consumerTag;
    private final Consumer<RabbitMQListener> onClose;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RabbitMQListener(Channel channel, ListenerConsumer consumer, String consumerTag,
            Consumer<RabbitMQListener> onClose) {
        this.channel = channel;
        this.consumer = consumer;
        this.consumerTag = consumerTag;
        this.onClose = onClose;
    }

    /**
     * Opens a channel, declares the listener's topology, sets the prefetch and starts consuming.
     *
     * @param onClose
     *            called once the listener is closed
     *
     * @throws org.lightbus.api.LightbusException
     *             naming the listener, its queue and the broker's reason, if the broker refuses
     */
    static RabbitMQListener start(Connection connection, TopologyDeclarer declarer, ListenerTopology topology,
            ListenerSpec spec, DeliveryHandler handler, FailureRouter router, Consumer<RabbitMQListener> onClose) {
        Channel channel = null;
        try {
            channel = connection.createChannel();
            declarer.declareListener(channel, topology);
            channel.basicQos(spec.prefetch());
            ListenerConsumer consumer = new ListenerConsumer(channel, topology, spec.retry(), handler, router);
            String consumerTag = channel.basicConsume(topology.queue(), false, consumer);
            return new RabbitMQListener(channel, consumer, consumerTag, onClose);
        } catch (IOException | ShutdownSignalException e) {
            Channels.closeQuietly(channel);
            throw ConnectorExceptions.lightbus(
                    MESSAGES.listenerSetupFailed(topology.listenerId(), topology.queue(), BrokerConnections.reason(e)),
                    e);
        }
    }

    /**
     * Cancels the consumer, lets a running handler finish and be settled, then closes the channel: deliveries received
     * but not handled go back to the queue.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        consumer.stop();
        try {
            channel.basicCancel(consumerTag);
        } catch (IOException | ShutdownSignalException e) {
            // the channel or connection is down: the broker has cancelled the consumer already
        }
        consumer.awaitIdle();
        Channels.closeQuietly(channel);
        onClose.accept(this);
    }
}
