package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorLog.LOG;
import static org.lightbus.connector.rabbitmq.ConnectorMessages.MESSAGES;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

import org.lightbus.api.LightbusConfig;
import org.lightbus.api.LightbusException;
import org.lightbus.spi.DeadLetterReason;
import org.lightbus.spi.DeliveryHandler;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.ListenerSpec;
import org.lightbus.spi.NotHandledException;
import org.lightbus.spi.RetryPolicy;
import org.lightbus.spi.UndecodableEventException;
import org.lightbus.spi.WireHeaders;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Delivery;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * Delivers the messages of one listener queue, on one channel, to the handler, one at a time on the client's dispatch
 * thread of the channel, and settles each: ack when the handler returned; otherwise a copy to the retry or dead-letter
 * queue, and ack once the copy is confirmed (the next delivery does not wait for that); if the copy is not confirmed,
 * nack with requeue so that nothing is lost. Where the broker cannot delay a retry, the failed delivery is held
 * unacknowledged for its backoff ({@link HeldRetries}) and settled then. A message whose body is larger than the
 * listener's {@link ListenerSpec#maxMessageSize()} goes to the dead-letter queue at once, with reason
 * {@link Headers#REASON_TOO_LARGE}, without reaching the handler; one the handler gives back
 * ({@link NotHandledException}) is requeued as it is. Nothing thrown while processing a delivery reaches the client
 * (whose default exception handler would close the channel): an unexpected failure is logged and the delivery requeued.
 *
 * <p>
 * The lock and the stop flag belong to the listener and are shared by the consumers of its successive channels.
 */
final class ListenerConsumer extends DefaultConsumer {

    private final ListenerTopology topology;
    private final ListenerSpec spec;
    private final RetryPolicy retry;
    private final DeliveryHandler handler;
    private final FailureRouter router;
    private final HeldRetries held;
    private final ReentrantLock running;
    private final BooleanSupplier stopping;
    private final Runnable cancelled;
    private final Set<CompletableFuture<Boolean>> routing;

    /**
     * @param held
     *            the retries waiting for their backoff, where the broker cannot delay them
     * @param running
     *            held while a delivery is processed, so that closing can wait for it
     * @param stopping
     *            true once the listener closes: later deliveries stay unacknowledged
     * @param cancelled
     *            run when RabbitMQ cancels the consumer
     * @param routing
     *            the failed deliveries whose copy is on its way, so that closing can wait for them
     */
    ListenerConsumer(Channel channel, ListenerTopology topology, ListenerSpec spec, DeliveryHandler handler,
            FailureRouter router, HeldRetries held, ReentrantLock running, BooleanSupplier stopping, Runnable cancelled,
            Set<CompletableFuture<Boolean>> routing) {
        super(channel);
        this.routing = routing;
        this.cancelled = cancelled;
        this.held = held;
        this.topology = topology;
        this.spec = spec;
        this.retry = spec.retry();
        this.handler = handler;
        this.router = router;
        this.running = running;
        this.stopping = stopping;
    }

    @Override
    public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
        running.lock();
        try {
            if (!stopping.getAsBoolean()) { // else left unacknowledged: back to the queue when the channel closes
                process(new Delivery(envelope, properties, body));
            }
        } catch (RuntimeException | Error e) {
            LOG.deliveryFailed(topology.listenerId(), properties == null ? null : properties.getMessageId(), e);
            requeue(envelope.getDeliveryTag());
        } finally {
            running.unlock();
        }
    }

    @Override
    public void handleCancel(String consumerTag) {
        cancelled.run();
    }

    private void process(Delivery delivery) {
        IncomingEvent event = MessageCodec.decode(delivery.getProperties(), delivery.getBody());
        if (event.body().length > spec.maxMessageSize()) {
            tooLarge(delivery, event);
            return;
        }
        try {
            handler.handle(event);
            settle(delivery, event, true);
        } catch (NotHandledException e) {
            requeue(delivery.getEnvelope().getDeliveryTag());
        } catch (UndecodableEventException e) {
            boolean invalid = DeadLetterReason.immediate(e).orElseThrow() == DeadLetterReason.INVALID;
            if (invalid) {
                LOG.invalid(topology.listenerId(), event.messageId(), e.getMessage(), topology.deadLetterQueue());
            } else {
                LOG.undecodable(topology.listenerId(), event.messageId(), e.getMessage(), topology.deadLetterQueue());
            }
            settleWhenRouted(delivery, event, router.deadLetter(getChannel(), topology, delivery, event,
                    invalid ? WireHeaders.REASON_INVALID : WireHeaders.REASON_UNDECODABLE, e));
        } catch (Exception | Error e) {
            failed(delivery, event, e);
        }
    }

    /** Dead-letters a message larger than the listener takes, without handing it to the handler. */
    private void tooLarge(Delivery delivery, IncomingEvent event) {
        long size = event.body().length;
        LightbusException error = ConnectorExceptions.lightbus(
                MESSAGES.messageTooLarge(size, spec.maxMessageSize(), LightbusConfig.LISTENER_MAX_MESSAGE_SIZE,
                        LightbusConfig.forListener(spec.listenerName(), LightbusConfig.LISTENER_MAX_MESSAGE_SIZE)),
                null);
        LOG.messageTooLarge(topology.listenerId(), event.messageId(), size, spec.maxMessageSize(),
                topology.deadLetterQueue());
        settleWhenRouted(delivery, event,
                router.deadLetter(getChannel(), topology, delivery, event, WireHeaders.REASON_TOO_LARGE, error,
                        Map.of(WireHeaders.SIZE, size, WireHeaders.MAX_SIZE, spec.maxMessageSize())));
    }

    private void failed(Delivery delivery, IncomingEvent event, Throwable error) {
        if (!retry.allowsRetryAfter(event.attempt())) {
            LOG.listenerDeadLettered(topology.listenerId(), event.attempt(), event.messageId(),
                    error.getClass().getName(), error.getMessage(), topology.deadLetterQueue());
            LOG.listenerFailureTrace(topology.listenerId(), event.messageId(), error);
            settleWhenRouted(delivery, event, router.deadLetter(getChannel(), topology, delivery, event,
                    WireHeaders.REASON_LISTENER_FAILED, error));
            return;
        }
        Duration backoff = retry.backoffAfter(event.attempt());
        LOG.listenerRetrying(topology.listenerId(), event.attempt(), event.messageId(), error.getClass().getName(),
                error.getMessage(), backoff.toMillis());
        if (router.brokerDelaysRetries()) {
            settleWhenRouted(delivery, event, router.retry(getChannel(), topology, delivery, event, backoff, error));
        } else {
            held.after(backoff, () -> retryHeld(delivery, event, backoff, error));
        }
    }

    /**
     * Sends the next attempt of a held delivery, unless the listener stops or the delivery's channel has closed (the
     * broker has put the delivery back in the queue then).
     */
    private void retryHeld(Delivery delivery, IncomingEvent event, Duration backoff, Throwable error) {
        running.lock();
        try {
            if (!stopping.getAsBoolean() && getChannel().isOpen()) {
                settleWhenRouted(delivery, event,
                        router.retry(getChannel(), topology, delivery, event, backoff, error));
            }
        } catch (RuntimeException | Error e) {
            LOG.deliveryFailed(topology.listenerId(), event.messageId(), e);
            requeue(delivery.getEnvelope().getDeliveryTag());
        } finally {
            running.unlock();
        }
    }

    /** Acknowledges the delivery once its copy is safe, or requeues it; the stage completes on a worker thread. */
    private void settleWhenRouted(Delivery delivery, IncomingEvent event, CompletableFuture<Boolean> routed) {
        routing.add(routed);
        routed.whenComplete((safe, error) -> {
            settle(delivery, event, error == null && safe);
            routing.remove(routed);
        });
    }

    private void settle(Delivery delivery, IncomingEvent event, boolean ack) {
        long tag = delivery.getEnvelope().getDeliveryTag();
        try {
            if (ack) {
                getChannel().basicAck(tag, false);
            } else {
                getChannel().basicNack(tag, false, true);
            }
        } catch (IOException | ShutdownSignalException e) {
            LOG.settleFailed(event.messageId(), topology.listenerId(), String.valueOf(e));
        }
    }

    private void requeue(long tag) {
        try {
            getChannel().basicNack(tag, false, true);
        } catch (IOException | RuntimeException e) {
            // the channel is closed: the broker requeues the delivery itself
        }
    }
}
