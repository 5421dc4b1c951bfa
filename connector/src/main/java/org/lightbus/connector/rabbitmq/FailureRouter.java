package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorLog.LOG;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.lightbus.spi.IncomingEvent;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Delivery;

/**
 * Moves a failed delivery to its listener's retry queue or dead-letter queue: publishes a copy through the default
 * exchange and waits for its confirm, so that the caller acknowledges the original only once the copy is safe.
 */
final class FailureRouter {

    private static final long CONFIRM_GRACE_MILLIS = 1000;

    private final ConfirmingPublisher publisher;
    private final Duration confirmTimeout;

    FailureRouter(ConfirmingPublisher publisher, Duration confirmTimeout) {
        this.publisher = publisher;
        this.confirmTimeout = confirmTimeout;
    }

    /**
     * @return true if the copy is in the retry queue; false (and logged) if the original must be requeued
     */
    boolean retry(ListenerTopology topology, Delivery delivery, IncomingEvent event, Duration backoff,
            Throwable error) {
        AMQP.BasicProperties copy = FailureCopies.retry(delivery.getProperties(), delivery.getEnvelope(),
                event.attempt(), backoff, error);
        return publishAndWait(topology, topology.retryQueue(), copy, delivery, event);
    }

    /**
     * @param reason
     *            {@link Headers#REASON_UNDECODABLE} or {@link Headers#REASON_LISTENER_FAILED}
     *
     * @return true if the copy is in the dead-letter queue; false (and logged) if the original must be requeued
     */
    boolean deadLetter(ListenerTopology topology, Delivery delivery, IncomingEvent event, String reason,
            Throwable error) {
        AMQP.BasicProperties copy = FailureCopies.deadLetter(delivery.getProperties(), delivery.getEnvelope(), reason,
                event.attempt(), topology.listenerId(), error, Instant.now());
        return publishAndWait(topology, topology.deadLetterQueue(), copy, delivery, event);
    }

    private boolean publishAndWait(ListenerTopology topology, String queue, AMQP.BasicProperties copy,
            Delivery delivery, IncomingEvent event) {
        MessageRef ref = new MessageRef(event.api(), event.eventName(), event.messageId());
        try {
            publisher.publish("", queue, copy, delivery.getBody(), ref)
                    .get(confirmTimeout.toMillis() + CONFIRM_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            LOG.failureRoutingFailed(event.messageId(), topology.listenerId(), queue, e.getCause().getMessage());
        } catch (TimeoutException e) {
            LOG.failureRoutingFailed(event.messageId(), topology.listenerId(), queue, "no confirm");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.failureRoutingFailed(event.messageId(), topology.listenerId(), queue, "interrupted");
        }
        return false;
    }
}
