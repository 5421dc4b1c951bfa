package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorLog.LOG;
import static org.lightbus.connector.rabbitmq.ConnectorMessages.MESSAGES;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.lightbus.api.LightbusConfig;
import org.lightbus.spi.CallHandler;
import org.lightbus.spi.ListenerHandle;
import org.lightbus.spi.RpcServerSpec;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * A running server of one API: a consumer channel on the API's call queue with a prefetch of
 * {@link RpcServerSpec#prefetch()}, a pool of {@link RpcServerSpec#concurrency()} threads named
 * {@code lightbus-<service>-rpc-<api>-<n>} that run the calls, and one channel for the replies. If RabbitMQ closes the
 * consumer channel, a new one takes its place ({@link ConsumerChannel}).
 */
final class RpcServer implements ListenerHandle {

    private final RpcServerSpec spec;
    private final ConsumerChannel channel;
    private final ExecutorService pool;
    private final GuardedChannel replies;
    private final RunningCalls running;
    private final Consumer<RpcServer> onClose;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    private RpcServer(RpcServerSpec spec, ConsumerChannel channel, ExecutorService pool, GuardedChannel replies,
            RunningCalls running, Consumer<RpcServer> onClose) {
        this.spec = spec;
        this.channel = channel;
        this.pool = pool;
        this.replies = replies;
        this.running = running;
        this.onClose = onClose;
    }

    /**
     * Opens a channel, declares the call queue, sets the prefetch and starts consuming.
     *
     * @param onClose
     *            called once the server is closed
     *
     * @throws org.lightbus.api.LightbusException
     *             naming the API, its queue and the broker's reason, if the broker refuses
     */
    static RpcServer start(Connection connection, TopologyDeclarer declarer, String queue, RpcServerSpec spec,
            CallHandler handler, ScheduledExecutorService scheduler, Executor worker, Consumer<RpcServer> onClose) {
        ExecutorService pool = Executors.newFixedThreadPool(spec.concurrency(),
                TransportThreads.named("lightbus-" + spec.serviceName() + "-rpc-" + spec.api()));
        GuardedChannel replies = new GuardedChannel(connection, ch -> {
        });
        RunningCalls running = new RunningCalls();
        ConsumerChannel.Start start = (Channel ch, Runnable cancelled) -> {
            declarer.declareCallQueue(ch, queue);
            ch.basicQos(spec.prefetch());
            return ch.basicConsume(queue, false, new CallConsumer(ch, spec.serviceName(), spec.api(), queue, handler,
                    pool, replies, running, System::currentTimeMillis, cancelled, spec.maxMessageSize()));
        };
        try {
            ConsumerChannel channel = ConsumerChannel.open(connection, "the server of API " + spec.api(), queue, start,
                    scheduler, worker);
            return new RpcServer(spec, channel, pool, replies, running, onClose);
        } catch (IOException | ShutdownSignalException e) {
            pool.shutdown();
            throw ConnectorExceptions
                    .lightbus(MESSAGES.serverSetupFailed(spec.api(), queue, BrokerConnections.reason(e)), e);
        }
    }

    /** Takes no more calls: cancels the consumer; calls delivered but not started stay unacknowledged. */
    void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        running.stop();
        channel.cancel();
    }

    /** The current consumer channel, for tests. */
    Channel channel() {
        return channel.channel();
    }

    /**
     * Stops taking calls, waits up to the drain timeout for the running ones (they still reply and are acknowledged),
     * then closes the channels: calls delivered but not started go back to the queue, for another server.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stop();
        int left = running.awaitIdle(spec.drainTimeout());
        channel.close();
        replies.close();
        if (left > 0) {
            LOG.drainTimedOut(spec.api(), left, spec.drainTimeout().toMillis(), LightbusConfig.RPC_DRAIN_TIMEOUT);
            pool.shutdownNow();
        } else {
            pool.shutdown();
        }
        onClose.accept(this);
    }

    /**
     * @return the API it serves
     */
    String api() {
        return spec.api();
    }

    /**
     * @return whether it takes calls now
     */
    boolean consuming() {
        return !stopped.get() && channel.consuming();
    }
}
