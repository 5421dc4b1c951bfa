package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.rabbitmq.client.CancelCallback;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DeliverCallback;

/**
 * The AMQP work of {@code lightbus tail}: a temporary queue of its own, {@code <namespace>.$tail.<random>} (classic,
 * not durable, exclusive, auto-delete; {@code $} cannot occur in a service name, so it never collides with a listener
 * queue), bound to the API's exchange with the event name or {@code #}, consumed with automatic acknowledgement.
 * {@link #close()} deletes the queue; the broker would delete it anyway when the connection closes.
 */
final class EventTail implements AutoCloseable {

    private final Broker broker;
    private final TailTarget target;
    private final String queue;
    private Channel channel;
    private String consumerTag;
    private volatile boolean closing;

    private EventTail(Broker broker, TailTarget target) {
        this.broker = broker;
        this.target = target;
        this.queue = broker.settings().namespace() + ".$tail." + UUID.randomUUID();
    }

    /**
     * @param argument
     *            {@code <api>} or {@code <api>.<event>}
     *
     * @return a tail on the first {@link TailTarget#candidates candidate} whose exchange exists, not started
     *
     * @throws CliException
     *             (not found) naming the exchanges looked for, if none exists
     */
    static EventTail of(Broker broker, String argument) {
        List<TailTarget> candidates = TailTarget.candidates(argument);
        String namespace = broker.settings().namespace();
        for (TailTarget candidate : candidates) {
            if (broker.exchangeExists(candidate.exchange(namespace))) {
                return new EventTail(broker, candidate);
            }
        }
        throw CliException.notFound(MESSAGES.exchangeNotFound(argument,
                candidates.stream().map(c -> c.exchange(namespace)).distinct().collect(Collectors.joining(", ")),
                namespace));
    }

    /**
     * @return what is tailed
     */
    TailTarget target() {
        return target;
    }

    /**
     * @return the temporary queue's name
     */
    String queue() {
        return queue;
    }

    /**
     * Declares and binds the queue and starts consuming.
     *
     * @param events
     *            takes each event, on the client's consumer thread, in publish order
     * @param cancelled
     *            run if the broker cancels the consumer (the queue was deleted)
     */
    void start(Consumer<TailedEvent> events, Runnable cancelled) {
        channel = broker.channel("open a channel");
        String exchange = target.exchange(broker.settings().namespace());
        broker.call("declare queue " + queue,
                () -> channel.queueDeclare(queue, false, true, true, Map.of("x-queue-type", "classic")));
        broker.call("bind queue " + queue + " to exchange " + exchange,
                () -> channel.queueBind(queue, exchange, target.bindingKey()));
        DeliverCallback deliver = (tag, delivery) -> events.accept(TailedEvent.of(delivery.getProperties(),
                delivery.getBody(), target.api(), delivery.getEnvelope().getRoutingKey(), Instant.now()));
        CancelCallback cancel = tag -> {
            if (!closing) {
                cancelled.run();
            }
        };
        consumerTag = broker.call("consume queue " + queue, () -> channel.basicConsume(queue, true, deliver, cancel));
    }

    /**
     * Stops consuming, deletes the queue and closes the channel.
     */
    @Override
    public void close() {
        closing = true;
        if (channel != null && channel.isOpen()) {
            try {
                if (consumerTag != null) {
                    broker.call("stop consuming queue " + queue, () -> {
                        channel.basicCancel(consumerTag);
                        return null;
                    });
                }
                broker.call("delete queue " + queue, () -> channel.queueDelete(queue));
            } catch (CliException e) {
                // the connection is gone: the broker deletes the exclusive queue with it
            }
            Broker.closeQuietly(channel);
        }
    }
}
