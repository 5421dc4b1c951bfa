package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorLog.LOG;
import static org.lightbus.connector.rabbitmq.ConnectorMessages.MESSAGES;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.lightbus.spi.DeliveryHandler;
import org.lightbus.spi.ListenerHandle;
import org.lightbus.spi.ListenerSpec;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * A running listener: its own channel, with its topology declared and one consumer; a new channel and consumer if
 * RabbitMQ closes the channel ({@link ConsumerChannel}). Its handler runs one delivery at a time.
 */
final class RabbitMQListener implements ListenerHandle {

    private final ConsumerChannel channel;
    private final ReentrantLock running;
    private final AtomicBoolean stopping;
    private final HeldRetries held;
    private final Set<CompletableFuture<Boolean>> routing;
    private final String listenerId;
    private final String listenerName;
    private final Duration closeWait;
    private final Consumer<RabbitMQListener> onClose;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RabbitMQListener(ConsumerChannel channel, ReentrantLock running, AtomicBoolean stopping, HeldRetries held,
            Set<CompletableFuture<Boolean>> routing, String listenerId, String listenerName, Duration closeWait,
            Consumer<RabbitMQListener> onClose) {
        this.channel = channel;
        this.listenerName = listenerName;
        this.routing = routing;
        this.listenerId = listenerId;
        this.closeWait = closeWait;
        this.held = held;
        this.running = running;
        this.stopping = stopping;
        this.onClose = onClose;
    }

    /**
     * Opens a channel, declares the listener's topology, sets the prefetch and starts consuming.
     *
     * @param closeWait
     *            how long closing waits for a running handler, and then for the copies of failed deliveries
     * @param onClose
     *            called once the listener is closed
     *
     * @throws org.lightbus.api.LightbusException
     *             naming the listener, its queue and the broker's reason, if the broker refuses
     */
    static RabbitMQListener start(Connection connection, TopologyDeclarer declarer, ListenerTopology topology,
            ListenerSpec spec, DeliveryHandler handler, FailureRouter router, ScheduledExecutorService scheduler,
            Executor worker, Duration closeWait, Consumer<RabbitMQListener> onClose) {
        ReentrantLock running = new ReentrantLock();
        Set<CompletableFuture<Boolean>> routing = ConcurrentHashMap.newKeySet();
        AtomicBoolean stopping = new AtomicBoolean();
        HeldRetries held = new HeldRetries(scheduler, worker);
        ConsumerChannel.Start start = (Channel ch, Runnable cancelled) -> {
            declarer.declareListener(ch, topology);
            ch.basicQos(spec.prefetch());
            return ch.basicConsume(topology.queue(), false, new ListenerConsumer(ch, topology, spec, handler, router,
                    held, running, stopping::get, cancelled, routing));
        };
        try {
            return new RabbitMQListener(
                    ConsumerChannel.open(connection, "listener " + topology.listenerId(), topology.queue(), start,
                            scheduler, worker),
                    running, stopping, held, routing, topology.listenerId(), spec.listenerName(), closeWait, onClose);
        } catch (IOException | ShutdownSignalException e) {
            throw ConnectorExceptions.lightbus(
                    MESSAGES.listenerSetupFailed(topology.listenerId(), topology.queue(), BrokerConnections.reason(e)),
                    e);
        }
    }

    /** The current channel, for tests. */
    Channel channel() {
        return channel.channel();
    }

    /**
     * Cancels the consumer and the held retries, lets a running handler finish and the copies of failed deliveries be
     * confirmed (each at most the close wait), then closes the channel: deliveries received but not handled, held ones,
     * and those of a handler still running, go back to the queue.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stopping.set(true);
        held.cancelAll();
        channel.cancel();
        awaitRunningHandler();
        try {
            CompletableFuture.allOf(routing.toArray(CompletableFuture[]::new)).get(closeWait.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // their deliveries go back to the queue
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        channel.close();
        onClose.accept(this);
    }

    private void awaitRunningHandler() {
        try {
            if (running.tryLock(closeWait.toMillis(), TimeUnit.MILLISECONDS)) {
                running.unlock();
            } else {
                LOG.handlerStillRunning(listenerId, closeWait.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * @return the listener's name in its service
     */
    String listenerName() {
        return listenerName;
    }

    /**
     * @return whether it consumes now
     */
    boolean consuming() {
        return !closed.get() && channel.consuming();
    }
}
