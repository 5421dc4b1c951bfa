package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorLog.LOG;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * The channel of one consumer, a listener or an API server. Automatic recovery reopens channels only after a connection
 * loss; when RabbitMQ closes just this channel (a channel error such as an unknown delivery tag, or the consumer
 * acknowledgement timeout) while the connection stays open, this logs it and opens a new channel, on which
 * {@link Start} declares the topology, sets the prefetch and starts a new consumer. The same happens when RabbitMQ
 * cancels the consumer while the channel stays open (an operator deleted the queue): the topology is declared again and
 * consuming resumes. Failed attempts are repeated with a backoff from {@value #FIRST_RETRY_MILLIS} ms doubling up to
 * {@value #MAX_RETRY_MILLIS} ms, until one succeeds, the connection recovery has reopened the old channel, or this is
 * stopped.
 */
final class ConsumerChannel {

    static final long FIRST_RETRY_MILLIS = 100;
    static final long MAX_RETRY_MILLIS = 10_000;

    /** Prepares a new channel and starts consuming on it. */
    @FunctionalInterface
    interface Start {
        /**
         * @param cancelled
         *            for the consumer's {@code handleCancel}: RabbitMQ cancelled it
         *
         * @return the consumer tag
         */
        String consume(Channel channel, Runnable cancelled) throws IOException;
    }

    private final Connection connection;
    private final String owner;
    private final String queue;
    private final Start start;
    private final ScheduledExecutorService scheduler;
    private final Executor worker;
    private final ReentrantLock lock = new ReentrantLock();
    // written under the lock; volatile so that consuming() reads them without waiting for a reopen in progress
    private volatile Channel channel;
    private String consumerTag;
    private volatile boolean cancelledByBroker;
    private volatile boolean stopped;

    private ConsumerChannel(Connection connection, String owner, String queue, Start start,
            ScheduledExecutorService scheduler, Executor worker) {
        this.connection = connection;
        this.owner = owner;
        this.queue = queue;
        this.start = start;
        this.scheduler = scheduler;
        this.worker = worker;
    }

    /**
     * Opens the channel and starts consuming.
     *
     * @param owner
     *            names the consumer in logs, e.g. {@code listener images.resize}
     * @param scheduler
     *            waits the backoff between attempts to reopen
     * @param worker
     *            runs the attempts, which wait for the broker
     *
     * @throws IOException
     *             if the broker refused; the channel is closed then
     */
    static ConsumerChannel open(Connection connection, String owner, String queue, Start start,
            ScheduledExecutorService scheduler, Executor worker) throws IOException {
        ConsumerChannel consumer = new ConsumerChannel(connection, owner, queue, start, scheduler, worker);
        consumer.lock.lock();
        try {
            consumer.channel = consumer.openChannel();
        } finally {
            consumer.lock.unlock();
        }
        return consumer;
    }

    /** The current channel, for tests. */
    Channel channel() {
        lock.lock();
        try {
            return channel;
        } finally {
            lock.unlock();
        }
    }

    /**
     * @return whether the consumer is registered on an open channel now; does not wait for a reopen in progress
     */
    boolean consuming() {
        Channel current = channel;
        return !stopped && !cancelledByBroker && current != null && current.isOpen();
    }

    /** Cancels the consumer and reopens no more: deliveries received but not settled stay unacknowledged. */
    void cancel() {
        lock.lock();
        try {
            stopped = true;
            channel.basicCancel(consumerTag);
        } catch (IOException | ShutdownSignalException e) {
            // the channel or connection is down: the broker has cancelled the consumer already
        } finally {
            lock.unlock();
        }
    }

    /** Closes the channel for good: unacknowledged deliveries go back to the queue. */
    void close() {
        lock.lock();
        try {
            stopped = true;
            Channels.closeQuietly(channel);
        } finally {
            lock.unlock();
        }
    }

    private Channel openChannel() throws IOException {
        Channel opened = connection.createChannel();
        if (opened == null) {
            throw new IOException("RabbitMQ allows no more channels on this connection");
        }
        try {
            opened.addShutdownListener(cause -> closed(opened, cause));
            consumerTag = start.consume(opened, () -> cancelled(opened));
            return opened;
        } catch (IOException | RuntimeException e) {
            Channels.closeQuietly(opened);
            throw e;
        }
    }

    /** On the client's I/O thread: decides, and leaves the work to {@link #worker}. */
    private void closed(Channel closed, ShutdownSignalException cause) {
        if (cause.isHardError() || cause.isInitiatedByApplication() || !connection.isOpen()) {
            return; // the connection's recovery, or the application, takes care of it
        }
        lock.lock();
        try {
            if (stopped || closed != channel) {
                return;
            }
        } finally {
            lock.unlock();
        }
        LOG.consumerChannelClosed(owner, queue, cause.getMessage());
        schedule(0, FIRST_RETRY_MILLIS);
    }

    /** On the client's dispatch thread: decides, and leaves the work to {@link #worker}. */
    private void cancelled(Channel consuming) {
        lock.lock();
        try {
            if (stopped || consuming != channel) {
                return;
            }
            cancelledByBroker = true;
        } finally {
            lock.unlock();
        }
        LOG.consumerCancelled(owner, queue);
        schedule(0, FIRST_RETRY_MILLIS);
    }

    private void schedule(long delayMillis, long nextDelayMillis) {
        try {
            scheduler.schedule(() -> worker.execute(() -> reopen(nextDelayMillis)), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // the transport is closing
        }
    }

    private void reopen(long nextDelayMillis) {
        lock.lock();
        try {
            if (stopped || (channel.isOpen() && !cancelledByBroker)) {
                return; // stopped, or reopened by the connection's recovery
            }
            Channel broken = channel;
            channel = openChannel();
            cancelledByBroker = false;
            // only now: while the connection is down, its recovery would reopen the old channel and consumer
            Channels.closeQuietly(broken);
            LOG.consumerChannelReopened(owner, queue);
        } catch (IOException | RuntimeException e) {
            LOG.consumerChannelReopenFailed(owner, queue, BrokerConnections.reason(e), nextDelayMillis);
            schedule(nextDelayMillis, Math.min(nextDelayMillis * 2, MAX_RETRY_MILLIS));
        } finally {
            lock.unlock();
        }
    }
}
