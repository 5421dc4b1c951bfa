package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorLog.LOG;
import static org.lightbus.connector.rabbitmq.ConnectorMessages.MESSAGES;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;

import org.lightbus.api.PublishException;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConfirmListener;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ReturnListener;
import com.rabbitmq.client.ShutdownListener;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * Publishes on one channel in confirm mode, pipelined: each publish records its sequence number in
 * {@link PendingConfirms} and returns at once; the broker's confirms settle them. Never waits for the broker.
 *
 * <p>
 * When the connection fails, every pending publish fails (the sequence numbers start again on the recovered channel)
 * and publishes fail fast until the client has recovered the channel and put it back in confirm mode. When the broker
 * closes only this channel, a new one is opened.
 *
 * <p>
 * A mandatory publish that RabbitMQ cannot route comes back as a {@code basic.return}, before the confirm of the same
 * message; its future then fails with a {@link PublishException} caused by {@link Unroutable}. Returns are matched to
 * publishes by exchange, routing key and message id: mandatory publishes are failure copies, and one listener has one
 * copy of a message in flight at a time.
 */
final class ConfirmingPublisher implements ConfirmListener, ReturnListener, ShutdownListener {

    /** The cause of the failure of a mandatory publish that RabbitMQ returned as unroutable. */
    static final class Unroutable extends Exception {
        private static final long serialVersionUID = 1L;

        Unroutable(String message) {
            super(message, null, false, false);
        }
    }

    private final Connection connection;
    private final PendingConfirms pending;
    private final TopologyDeclarer declarer;
    private final Executor reopener;
    private final ReentrantLock lock = new ReentrantLock();
    private final Set<String> declaredExchanges = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> mandatoryPublishes = new ConcurrentHashMap<>();
    private volatile Channel channel;
    private volatile boolean closed;

    ConfirmingPublisher(Connection connection, PendingConfirms pending, TopologyDeclarer declarer, Executor reopener)
            throws IOException {
        this.connection = connection;
        this.pending = pending;
        this.declarer = declarer;
        this.reopener = reopener;
        this.channel = openChannel();
    }

    /**
     * Publishes a persistent message, not mandatory; the first publish to an exchange declares it (an API's topic
     * exchange).
     *
     * @return a future completed by the confirm, failed with a {@link PublishException}
     */
    CompletableFuture<Void> publish(String exchange, String routingKey, AMQP.BasicProperties properties, byte[] body,
            MessageRef ref) {
        return publish(exchange, routingKey, false, properties, body, ref);
    }

    /**
     * Publishes a persistent message.
     *
     * @param mandatory
     *            if true and RabbitMQ cannot route the message, the future fails with a {@link PublishException} caused
     *            by {@link Unroutable}
     *
     * @return a future completed by the confirm, failed with a {@link PublishException}
     */
    CompletableFuture<Void> publish(String exchange, String routingKey, boolean mandatory,
            AMQP.BasicProperties properties, byte[] body, MessageRef ref) {
        lock.lock();
        try {
            Channel ch = channel;
            if (closed) {
                return failed(MESSAGES.publishOnClosedTransport(ref.event(), ref.messageId()), ref, null);
            }
            if (!ch.isOpen()) {
                return failed(MESSAGES.publishNotConnected(ref.event(), ref.messageId()), ref, null);
            }
            if (!exchange.isEmpty() && declaredExchanges.add(exchange)) {
                declarer.declareExchangeNoWait(ch, exchange);
            }
            long sequenceNumber = ch.getNextPublishSeqNo();
            if (sequenceNumber == 0) { // a recovered channel that is not back in confirm mode yet
                return failed(MESSAGES.publishNotConnected(ref.event(), ref.messageId()), ref, null);
            }
            CompletableFuture<Void> future = pending.add(sequenceNumber, ref);
            if (mandatory) {
                String key = returnKey(exchange, routingKey, properties.getMessageId());
                mandatoryPublishes.put(key, sequenceNumber);
                future.whenComplete((done, error) -> mandatoryPublishes.remove(key, sequenceNumber));
            }
            try {
                ch.basicPublish(exchange, routingKey, mandatory, properties, body);
            } catch (IOException | ShutdownSignalException e) {
                pending.fail(sequenceNumber, r -> ConnectorExceptions
                        .publish(MESSAGES.publishFailed(r.event(), r.messageId(), String.valueOf(e)), r, e));
            }
            return future;
        } catch (IOException | ShutdownSignalException e) {
            declaredExchanges.remove(exchange);
            return failed(MESSAGES.publishFailed(ref.event(), ref.messageId(), String.valueOf(e)), ref, e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void handleAck(long deliveryTag, boolean multiple) {
        pending.ack(deliveryTag, multiple);
    }

    @Override
    public void handleNack(long deliveryTag, boolean multiple) {
        pending.nack(deliveryTag, multiple);
    }

    @Override
    public void handleReturn(int replyCode, String replyText, String exchange, String routingKey,
            AMQP.BasicProperties properties, byte[] body) {
        Long sequenceNumber = mandatoryPublishes.remove(returnKey(exchange, routingKey, properties.getMessageId()));
        if (sequenceNumber != null) {
            pending.fail(sequenceNumber,
                    r -> ConnectorExceptions.publish(
                            MESSAGES.publishReturned(r.event(), r.messageId(), routingKey, replyCode, replyText), r,
                            new Unroutable(replyCode + " " + replyText)));
        }
    }

    /**
     * @return true if {@code error} is the failure of a mandatory publish that RabbitMQ returned
     */
    static boolean wasReturned(Throwable error) {
        return error instanceof PublishException && error.getCause() instanceof Unroutable;
    }

    @Override
    public void shutdownCompleted(ShutdownSignalException cause) {
        mandatoryPublishes.clear();
        pending.failAll(cause.getMessage(), cause);
        declaredExchanges.clear();
        if (!cause.isHardError() && !cause.isInitiatedByApplication() && !closed) {
            LOG.publisherChannelClosed(cause.getMessage());
            reopener.execute(this::reopen);
        }
    }

    /** Closes the channel; publishes still pending fail. */
    void close() {
        lock.lock();
        try {
            closed = true;
            Channels.closeQuietly(channel);
        } finally {
            lock.unlock();
        }
    }

    private void reopen() {
        lock.lock();
        try {
            if (closed || channel.isOpen()) {
                return;
            }
            Channel closedByBroker = channel;
            channel = openChannel();
            // only now: if opening failed because the connection is down, recovery reopens the old channel
            Channels.closeQuietly(closedByBroker);
        } catch (IOException | ShutdownSignalException e) {
            LOG.publisherReopenFailed(String.valueOf(e));
        } finally {
            lock.unlock();
        }
    }

    private Channel openChannel() throws IOException {
        Channel ch = connection.createChannel();
        ch.confirmSelect();
        ch.addConfirmListener(this);
        ch.addReturnListener(this);
        ch.addShutdownListener(this);
        return ch;
    }

    private static String returnKey(String exchange, String routingKey, String messageId) {
        return exchange + '\n' + routingKey + '\n' + messageId;
    }

    private static CompletableFuture<Void> failed(String message, MessageRef ref, Throwable cause) {
        return CompletableFuture.failedFuture(ConnectorExceptions.publish(message, ref, cause));
    }
}
