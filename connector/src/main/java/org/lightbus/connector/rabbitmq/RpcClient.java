package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorLog.LOG;
import static org.lightbus.connector.rabbitmq.ConnectorMessages.MESSAGES;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.lightbus.api.LightbusException;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.RpcRequest;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * The calling side of RPC: one channel, opened on the first call, that consumes the replies (auto-ack) and publishes
 * every request, as direct reply-to requires, under one lock. Replies come through RabbitMQ's direct reply-to
 * ({@code amq.rabbitmq.reply-to}), or, on a broker without it, through a reply queue of this client's own. Requests are
 * transient and unconfirmed (a lost request ends as a timeout). The first call to an API declares its call queue, so
 * that a request waits there for a server that starts within the timeout.
 *
 * <p>
 * Replies complete their call's future on the client's consumer thread, timeouts on the transport's scheduler thread:
 * code depending on a call must not block there; the runtime hops threads where it needs to. A reply nobody waits for
 * (timed out, or sent before a reconnection) is dropped. A call sent while the connection is down fails at once; the
 * calls waiting when the connection or the channel is lost fail at once too (their reply address is gone), and calls
 * work again once the client has recovered the channel.
 */
final class RpcClient {

    private final TopologyNames names;
    private final TopologyDeclarer declarer;
    private final PendingCalls pending;
    private final GuardedChannel channel;
    private final String replyTo;
    private final Set<String> declaredQueues = new HashSet<>(); // guarded by the channel's lock
    private volatile ReplyConsumer replies;

    /**
     * @param replyTo
     *            {@link RpcCodec#DIRECT_REPLY_TO}, or the name of the reply queue to declare and consume
     */
    RpcClient(Connection connection, TopologyNames names, TopologyDeclarer declarer, PendingCalls pending,
            String replyTo) {
        this.names = names;
        this.replyTo = replyTo;
        this.declarer = declarer;
        this.pending = pending;
        this.channel = new GuardedChannel(connection, this::consumeReplies);
    }

    /**
     * @return the future of the reply, failed at once with a {@link LightbusException} if the request could not be sent
     */
    CompletableFuture<RpcReply> call(RpcRequest request) {
        String correlationId = UUID.randomUUID().toString();
        CompletableFuture<RpcReply> reply = pending.add(correlationId, request);
        LightbusException notSent = send(correlationId, request);
        if (notSent != null) { // completes after the lock is released: dependent stages run on this thread
            pending.fail(correlationId, notSent);
        } else {
            pending.sent(correlationId);
            ReplyConsumer consumer = replies;
            if (consumer == null || !consumer.ready) { // lost between the publish and now: failAllLost missed it
                pending.fail(correlationId,
                        ConnectorExceptions.lightbus(
                                MESSAGES.callLostWithConnection(RpcCodec.callName(request.api(), request.procedure()),
                                        correlationId, "reply consumer gone"),
                                null));
            }
        }
        return reply;
    }

    /** Fails the waiting calls and closes the channel. */
    void close() {
        pending.closeAll();
        channel.close();
    }

    private LightbusException send(String correlationId, RpcRequest request) {
        String call = RpcCodec.callName(request.api(), request.procedure());
        String queue = names.callQueue(request.api());
        try {
            return channel.use(ch -> {
                ReplyConsumer consumer = replies;
                if (consumer == null || !consumer.ready) { // publishing before consume-ok is a channel error
                    throw new GuardedChannel.Unavailable("not consuming replies");
                }
                if (!declaredQueues.contains(queue)) {
                    try {
                        declarer.declareCallQueue(ch, queue);
                    } catch (IOException | ShutdownSignalException e) {
                        return ConnectorExceptions.lightbus(
                                MESSAGES.callQueueRefused(call, correlationId, queue, BrokerConnections.reason(e)), e);
                    }
                    declaredQueues.add(queue);
                }
                ch.basicPublish("", queue, false, RpcCodec.request(correlationId, request, System.currentTimeMillis(),
                        replyTo, declarer.broker().messageTtl()), request.body());
                return null;
            });
        } catch (GuardedChannel.Unavailable e) {
            return ConnectorExceptions.lightbus(MESSAGES.callNotConnected(call, correlationId), e);
        } catch (IOException | ShutdownSignalException e) {
            return ConnectorExceptions
                    .lightbus(MESSAGES.callSendFailed(call, correlationId, BrokerConnections.reason(e)), e);
        }
    }

    private void consumeReplies(Channel ch) throws IOException {
        declaredQueues.clear();
        ReplyConsumer consumer = new ReplyConsumer(ch, pending);
        if (!RpcCodec.DIRECT_REPLY_TO.equals(replyTo)) {
            declarer.declareReplyQueue(ch, replyTo);
        }
        ch.basicConsume(replyTo, true, consumer);
        consumer.ready = true; // consume-ok has arrived; the callback for it may come later
        replies = consumer;
    }

    /**
     * Completes calls with their replies. Ready while the broker knows the consumer: from consume-ok (also the one of
     * the client's recovery) to the channel's shutdown.
     */
    private static final class ReplyConsumer extends DefaultConsumer {

        private final PendingCalls pending;
        private volatile boolean ready;

        ReplyConsumer(Channel channel, PendingCalls pending) {
            super(channel);
            this.pending = pending;
        }

        @Override
        public void handleConsumeOk(String consumerTag) {
            super.handleConsumeOk(consumerTag);
            ready = true;
        }

        /** The reply address is gone with the channel: the waiting calls will get no reply and fail now. */
        @Override
        public void handleShutdownSignal(String consumerTag, ShutdownSignalException sig) {
            ready = false;
            if (!sig.isInitiatedByApplication()) {
                pending.failAllLost(BrokerConnections.reason(sig));
            }
        }

        @Override
        public void handleCancel(String consumerTag) {
            ready = false;
        }

        @Override
        public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties,
                byte[] body) {
            String correlationId = properties.getCorrelationId();
            if (correlationId == null || !pending.complete(correlationId, RpcCodec.reply(properties, body))) {
                LOG.replyDropped(correlationId);
            }
        }
    }
}
