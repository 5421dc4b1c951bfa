package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorLog.LOG;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.lightbus.spi.IncomingEvent;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Delivery;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * Moves a failed delivery to its listener's retry queue or dead-letter queue: publishes a mandatory copy through the
 * default exchange; the returned stage says, once the copy is confirmed or not, whether the caller may acknowledge the
 * original. The listener does not wait: it goes on with its next delivery while the copy is on its way, so failing
 * deliveries are routed as fast as they are published. On a broker that cannot delay a message
 * ({@link BrokerProfile#delaysRetries()}) the caller holds the original for the backoff and the retry copy goes
 * straight back to the listener queue. If RabbitMQ returns the copy (an operator deleted the retry or dead-letter
 * queue), the listener's topology is declared again and the caller requeues the original, which comes back and is
 * routed again.
 */
final class FailureRouter {

    private final ConfirmingPublisher publisher;
    private final TopologyDeclarer declarer;
    private final Executor worker;

    /**
     * @param worker
     *            completes the stages and declares the topology again when needed: never the thread that completes
     *            publish futures, as both talk to the broker
     */
    FailureRouter(ConfirmingPublisher publisher, TopologyDeclarer declarer, Executor worker) {
        this.publisher = publisher;
        this.declarer = declarer;
        this.worker = worker;
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
     * @return completes with true once the copy is in the retry queue, or in the listener queue where the broker does
     *         not delay retries; with false (logged) if the original must be requeued
     */
    CompletableFuture<Boolean> retry(Channel channel, ListenerTopology topology, Delivery delivery, IncomingEvent event,
            Duration backoff, Throwable error) {
        AMQP.BasicProperties copy = FailureCopies.retry(delivery.getProperties(), delivery.getEnvelope(),
                event.attempt(), error);
        if (brokerDelaysRetries()) {
            return publish(channel, topology, topology.retryQueue(), FailureCopies.expiring(copy, backoff), delivery,
                    event);
        }
        return publish(channel, topology, topology.queue(), copy, delivery, event);
    }

    /**
     * @param channel
     *            the listener's channel, to declare its topology again on if the copy is returned
     * @param reason
     *            {@link Headers#REASON_UNDECODABLE}, {@link Headers#REASON_INVALID}, {@link Headers#REASON_TOO_LARGE}
     *            or {@link Headers#REASON_LISTENER_FAILED}
     *
     * @return completes with true once the copy is in the dead-letter queue; with false (logged) if the original must
     *         be requeued
     */
    CompletableFuture<Boolean> deadLetter(Channel channel, ListenerTopology topology, Delivery delivery,
            IncomingEvent event, String reason, Throwable error) {
        return deadLetter(channel, topology, delivery, event, reason, error, Map.of());
    }

    /**
     * @param extra
     *            further headers for the reason, such as {@link Headers#SIZE}
     *
     * @return completes with true once the copy is in the dead-letter queue; with false (logged) if the original must
     *         be requeued
     */
    CompletableFuture<Boolean> deadLetter(Channel channel, ListenerTopology topology, Delivery delivery,
            IncomingEvent event, String reason, Throwable error, Map<String, Object> extra) {
        AMQP.BasicProperties copy = FailureCopies.deadLetter(delivery.getProperties(), delivery.getEnvelope(), reason,
                event.attempt(), topology.listenerId(), error, Instant.now(), extra);
        return publish(channel, topology, topology.deadLetterQueue(), copy, delivery, event);
    }

    private CompletableFuture<Boolean> publish(Channel channel, ListenerTopology topology, String queue,
            AMQP.BasicProperties copy, Delivery delivery, IncomingEvent event) {
        MessageRef ref = new MessageRef(event.api(), event.eventName(), event.messageId());
        // the publisher fails the copy itself if no confirm comes within lightbus.publish.confirm-timeout
        return publisher.publishCopy(queue, copy, delivery.getBody(), ref).handleAsync((confirmed, error) -> {
            if (error == null) {
                return true;
            }
            if (MandatoryReturns.wasReturned(error)) {
                LOG.copyReturned(event.messageId(), topology.listenerId(), queue, redeclare(channel, topology));
            } else {
                LOG.failureRoutingFailed(event.messageId(), topology.listenerId(), queue, error.getMessage());
            }
            return false;
        }, worker);
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
