package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorLog.LOG;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.lightbus.spi.IncomingEvent;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Delivery;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * Moves a failed delivery to its listener's retry queue or dead-letter queue: publishes a mandatory copy through the
 * default exchange and waits for its confirm, so that the caller acknowledges the original only once the copy is safe.
 * On a broker that cannot delay a message ({@link BrokerProfile#delaysRetries()}) the caller holds the original for the
 * backoff and the retry copy goes straight back to the listener queue. If RabbitMQ returns the copy (an operator
 * deleted the retry or dead-letter queue), the listener's topology is declared again and the caller requeues the
 * original, which comes back and is routed again.
 */
final class FailureRouter {

    private final ConfirmingPublisher publisher;
    private final TopologyDeclarer declarer;

    FailureRouter(ConfirmingPublisher publisher, TopologyDeclarer declarer) {
        this.publisher = publisher;
        this.declarer = declarer;
    }

    /**
     * @return true if the broker delays retries: {@link #retry} may be called at once; false if the caller must wait
     *         out the backoff before calling it
     */
    boolean brokerDelaysRetries() {
        return declarer.broker().delaysRetries();
    }

    /**
     * @param channel
     *            the listener's channel, to declare its topology again on if the copy is returned
     * @param backoff
     *            how long the copy waits in the retry queue, where the {@link #brokerDelaysRetries() broker delays
     *            retries}
     *
     * @return true if the copy is in the retry queue, or in the listener queue where the broker does not delay retries;
     *         false (and logged) if the original must be requeued
     */
    boolean retry(Channel channel, ListenerTopology topology, Delivery delivery, IncomingEvent event, Duration backoff,
            Throwable error) {
        AMQP.BasicProperties copy = FailureCopies.retry(delivery.getProperties(), delivery.getEnvelope(),
                event.attempt(), error);
        if (brokerDelaysRetries()) {
            return publishAndWait(channel, topology, topology.retryQueue(), FailureCopies.expiring(copy, backoff),
                    delivery, event);
        }
        return publishAndWait(channel, topology, topology.queue(), copy, delivery, event);
    }

    /**
     * @param channel
     *            the listener's channel, to declare its topology again on if the copy is returned
     * @param reason
     *            {@link Headers#REASON_UNDECODABLE}, {@link Headers#REASON_TOO_LARGE} or
     *            {@link Headers#REASON_LISTENER_FAILED}
     *
     * @return true if the copy is in the dead-letter queue; false (and logged) if the original must be requeued
     */
    boolean deadLetter(Channel channel, ListenerTopology topology, Delivery delivery, IncomingEvent event,
            String reason, Throwable error) {
        return deadLetter(channel, topology, delivery, event, reason, error, Map.of());
    }

    /**
     * @param extra
     *            further headers for the reason, such as {@link Headers#SIZE}
     *
     * @return true if the copy is in the dead-letter queue; false (and logged) if the original must be requeued
     */
    boolean deadLetter(Channel channel, ListenerTopology topology, Delivery delivery, IncomingEvent event,
            String reason, Throwable error, Map<String, Object> extra) {
        AMQP.BasicProperties copy = FailureCopies.deadLetter(delivery.getProperties(), delivery.getEnvelope(), reason,
                event.attempt(), topology.listenerId(), error, Instant.now(), extra);
        return publishAndWait(channel, topology, topology.deadLetterQueue(), copy, delivery, event);
    }

    private boolean publishAndWait(Channel channel, ListenerTopology topology, String queue, AMQP.BasicProperties copy,
            Delivery delivery, IncomingEvent event) {
        MessageRef ref = new MessageRef(event.api(), event.eventName(), event.messageId());
        try {
            // the publisher fails the copy itself if no confirm comes within lightbus.publish.confirm-timeout
            publisher.publish("", queue, true, copy, delivery.getBody(), ref).get();
            return true;
        } catch (ExecutionException e) {
            if (ConfirmingPublisher.wasReturned(e.getCause())) {
                LOG.copyReturned(event.messageId(), topology.listenerId(), queue, redeclare(channel, topology));
                return false;
            }
            LOG.failureRoutingFailed(event.messageId(), topology.listenerId(), queue, e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.failureRoutingFailed(event.messageId(), topology.listenerId(), queue, "interrupted");
        }
        return false;
    }

    /**
     * @return how declaring went, for the log
     */
    private String redeclare(Channel channel, ListenerTopology topology) {
        try {
            declarer.declareListener(channel, topology);
            return "done";
        } catch (IOException | ShutdownSignalException e) {
            return "failed: " + BrokerConnections.reason(e);
        }
    }
}
