package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorLog.LOG;
import static org.lightbus.connector.rabbitmq.ConnectorMessages.MESSAGES;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

import org.lightbus.api.LightbusConfig;
import org.lightbus.api.LightbusException;
import org.lightbus.spi.CallHandler;
import org.lightbus.spi.ErrorCodes;
import org.lightbus.spi.IncomingCall;
import org.lightbus.spi.RpcReply;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * Serves the calls of one API: hands each delivery to the server's pool, which runs it unless the server is stopping
 * (then it stays unacknowledged and goes back to the queue when the channel closes). For each call: a call past its
 * deadline, or without a reply address, is acknowledged and dropped without running the handler; a call larger than the
 * server takes gets an error reply without running it; otherwise the handler runs, its reply (or an
 * {@link ErrorEnvelope} if it threw or its stage failed) is published to the caller, and then the call is acknowledged.
 * Nothing the handler does, and nothing thrown while processing a call, reaches the client (whose default exception
 * handler would close the channel) or kills a worker: an unexpected failure is logged and the call acknowledged and
 * dropped.
 *
 * <p>
 * The pool bounds how many handlers run at once; a handler that returns an unfinished stage frees its thread, and the
 * prefetch bounds the calls in progress.
 */
final class CallConsumer extends DefaultConsumer {

    private final String serviceName;
    private final String queue;
    private final String api;
    private final CallHandler handler;
    private final ExecutorService pool;
    private final GuardedChannel replies;
    private final RunningCalls running;
    private final LongSupplier clock;
    private final Runnable cancelled;
    private final long maxMessageSize;

    /**
     * @param cancelled
     *            run when RabbitMQ cancels the consumer
     * @param maxMessageSize
     *            the largest call body the server takes, in bytes
     */
    CallConsumer(Channel channel, String serviceName, String api, String queue, CallHandler handler,
            ExecutorService pool, GuardedChannel replies, RunningCalls running, LongSupplier clock, Runnable cancelled,
            long maxMessageSize) {
        super(channel);
        this.maxMessageSize = maxMessageSize;
        this.cancelled = cancelled;
        this.serviceName = serviceName;
        this.api = api;
        this.queue = queue;
        this.handler = handler;
        this.pool = pool;
        this.replies = replies;
        this.running = running;
        this.clock = clock;
    }

    @Override
    public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
        try {
            pool.execute(() -> {
                if (running.begin()) {
                    AtomicBoolean finished = new AtomicBoolean();
                    try {
                        start(envelope.getDeliveryTag(), properties, body, finished);
                    } catch (RuntimeException | Error e) {
                        LOG.callFailed(api, queue, e);
                        finish(envelope.getDeliveryTag(), api, null, finished);
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            // the server is stopping: the call goes back to the queue when the channel closes
        } catch (RuntimeException | Error e) {
            LOG.callFailed(api, queue, e);
        }
    }

    @Override
    public void handleCancel(String consumerTag) {
        cancelled.run();
    }

    private void start(long deliveryTag, AMQP.BasicProperties properties, byte[] body, AtomicBoolean finished) {
        IncomingCall call = RpcCodec.call(properties, body);
        String name = RpcCodec.callName(call.api(), call.procedure());
        Long deadline = RpcCodec.deadline(properties);
        long now = clock.getAsLong();
        String replyTo = properties.getReplyTo();
        if (deadline != null && deadline < now) {
            LOG.expiredCallDropped(name, call.correlationId(), call.sourceService(), now - deadline);
            finish(deliveryTag, call, finished);
        } else if (replyTo == null || replyTo.isEmpty()) {
            LOG.callWithoutReplyTo(name, call.correlationId(), call.sourceService());
            finish(deliveryTag, call, finished);
        } else if (call.body().length > maxMessageSize) {
            refuseTooLarge(deliveryTag, call, replyTo, finished);
        } else {
            CompletionStage<RpcReply> stage;
            try {
                stage = handler.handle(call);
            } catch (Exception | Error e) {
                stage = CompletableFuture.failedFuture(e);
            }
            if (stage == null) {
                stage = CompletableFuture.failedFuture(new IllegalStateException("The call handler returned null"));
            }
            try {
                if (deadline != null) {
                    // nobody waits for the reply after the deadline: free the call's slot and acknowledge it then
                    stage = stage.toCompletableFuture().copy().orTimeout(Math.max(1, deadline - clock.getAsLong()),
                            TimeUnit.MILLISECONDS);
                }
                // on the server's pool: a stage may complete on the JDK's timer thread (orTimeout), which must not
                // wait for the broker
                stage.whenCompleteAsync((reply, error) -> reply(deliveryTag, call, replyTo, reply, error, finished),
                        pool);
            } catch (RuntimeException e) { // a broken stage implementation
                reply(deliveryTag, call, replyTo, null, e, finished);
            }
        }
    }

    private void reply(long deliveryTag, IncomingCall call, String replyTo, RpcReply reply, Throwable error,
            AtomicBoolean finished) {
        try {
            RpcReply sent = reply;
            if (error != null || reply == null) {
                sent = errorReply(call,
                        error == null ? new IllegalStateException("The call returned no reply") : unwrap(error));
            }
            publish(call, replyTo, sent);
        } catch (RuntimeException | Error e) {
            LOG.replyFailed(RpcCodec.callName(call.api(), call.procedure()), call.correlationId(), String.valueOf(e));
        } finally {
            finish(deliveryTag, call, finished);
        }
    }

    /** Replies with an error naming the size and the limit, without running the handler, and acknowledges the call. */
    private void refuseTooLarge(long deliveryTag, IncomingCall call, String replyTo, AtomicBoolean finished) {
        String name = RpcCodec.callName(call.api(), call.procedure());
        long size = call.body().length;
        String message = MESSAGES.callTooLarge(name, call.correlationId(), size, maxMessageSize,
                LightbusConfig.forApi(api, LightbusConfig.RPC_MAX_MESSAGE_SIZE));
        ErrorEnvelope envelope = new ErrorEnvelope(ErrorCodes.codeOf(message), LightbusException.class.getName(),
                message);
        LOG.callTooLarge(name, call.correlationId(), call.sourceService(), size, maxMessageSize, envelope.code());
        try {
            publish(call, replyTo, new RpcReply(true, envelope.toJson()));
        } finally {
            finish(deliveryTag, call, finished);
        }
    }

    private RpcReply errorReply(IncomingCall call, Throwable error) {
        String name = RpcCodec.callName(call.api(), call.procedure());
        ErrorEnvelope envelope = ErrorEnvelope.of(name, error);
        LOG.procedureFailed(name, call.correlationId(), envelope.type(), envelope.message(), envelope.code(), error);
        return new RpcReply(true, envelope.toJson());
    }

    private void publish(IncomingCall call, String replyTo, RpcReply reply) {
        AMQP.BasicProperties properties = RpcCodec.reply(call.correlationId(), serviceName, reply.error());
        try {
            replies.use(ch -> {
                ch.basicPublish("", replyTo, false, properties, reply.body());
                return null;
            });
        } catch (IOException | ShutdownSignalException e) {
            LOG.replyFailed(RpcCodec.callName(call.api(), call.procedure()), call.correlationId(),
                    BrokerConnections.reason(e));
        }
    }

    private void finish(long deliveryTag, IncomingCall call, AtomicBoolean finished) {
        finish(deliveryTag, RpcCodec.callName(call.api(), call.procedure()), call.correlationId(), finished);
    }

    /** Acknowledges the call and lets the server stop, once per call. */
    private void finish(long deliveryTag, String name, String correlationId, AtomicBoolean finished) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        try {
            getChannel().basicAck(deliveryTag, false);
        } catch (IOException | RuntimeException e) {
            LOG.callAckFailed(name, correlationId, BrokerConnections.reason(e));
        } finally {
            running.end();
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
