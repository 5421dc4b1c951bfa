package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorLog.LOG;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

import org.lightbus.spi.DeliveryHandler;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.RetryPolicy;
import org.lightbus.spi.UndecodableEventException;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Delivery;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * Delivers the messages of one listener queue to the handler, one at a time on the client's dispatch thread of the
 * channel, and settles each: ack when the handler returned; otherwise a copy to the retry or dead-letter queue, then
 * ack; if that copy is not confirmed, nack with requeue so that nothing is lost. Nothing the handler throws reaches the
 * client, so a failing handler never closes the channel.
 */
final class ListenerConsumer extends DefaultConsumer {

    private final ListenerTopology topology;
    private final RetryPolicy retry;
    private final DeliveryHandler handler;
    private final FailureRouter router;
    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean stopping;

    ListenerConsumer(Channel channel, ListenerTopology topology, RetryPolicy retry, DeliveryHandler handler,
            FailureRouter router) {
        super(channel);
        this.topology = topology;
        this.retry = retry;
        this.handler = handler;
        this.router = router;
    }

    @Override
    public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
        running.lock();
        try {
            if (!stopping) { // else left unacknowledged: back to the queue when the channel closes
                process(new Delivery(envelope, properties, body));
            }
        } finally {
            running.unlock();
        }
    }

    @Override
    public void handleCancel(String consumerTag) {
        LOG.consumerCancelled(topology.listenerId(), topology.queue());
    }

    /** Stops delivering to the handler: later deliveries stay unacknowledged. */
    void stop() {
        stopping = true;
    }

    /** Waits until a running call of the handler has finished and its delivery is settled. */
    void awaitIdle() {
        running.lock();
        running.unlock();
    }

    private void process(Delivery delivery) {
        IncomingEvent event = MessageCodec.decode(delivery.getProperties(), delivery.getBody());
        boolean settled;
        try {
            handler.handle(event);
            settled = true;
        } catch (UndecodableEventException e) {
            LOG.undecodable(topology.listenerId(), event.messageId(), e.getMessage(), topology.deadLetterQueue());
            settled = router.deadLetter(topology, delivery, event, Headers.REASON_UNDECODABLE, e);
        } catch (Exception | Error e) {
            settled = failed(delivery, event, e);
        }
        settle(delivery, event, settled);
    }

    private boolean failed(Delivery delivery, IncomingEvent event, Throwable error) {
        if (retry.allowsRetryAfter(event.attempt())) {
            Duration backoff = retry.backoffAfter(event.attempt());
            LOG.listenerRetrying(topology.listenerId(), event.attempt(), event.messageId(), error.getClass().getName(),
                    error.getMessage(), backoff.toMillis());
            return router.retry(topology, delivery, event, backoff, error);
        }
        LOG.listenerDeadLettered(topology.listenerId(), event.attempt(), event.messageId(), error.getClass().getName(),
                error.getMessage(), topology.deadLetterQueue(), error);
        return router.deadLetter(topology, delivery, event, Headers.REASON_LISTENER_FAILED, error);
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
}
