package org.lightbus.connector.rabbitmq;

import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;

/**
 * A channel that many threads use one at a time, under one lock: opened on first use, and opened again after RabbitMQ
 * closed it with a channel error. While the connection is down, the client recovers the channel together with the
 * connection, and {@link #use} fails fast with {@link Unavailable}.
 */
final class GuardedChannel {

    /** Prepares a newly opened channel, e.g. starts a consumer; runs under the lock. */
    @FunctionalInterface
    interface Setup {
        void apply(Channel channel) throws IOException;
    }

    /** Uses the channel, under the lock. */
    @FunctionalInterface
    interface Action<T> {
        T apply(Channel channel) throws IOException;
    }

    /** The connection is down or being recovered, or the channel was closed. */
    static final class Unavailable extends IOException {
        private static final long serialVersionUID = 1L;

        Unavailable(String reason) {
            super(reason);
        }
    }

    private final Connection connection;
    private final Setup setup;
    private final ReentrantLock lock = new ReentrantLock();
    private Channel channel;
    private volatile Channel brokenByChannelError;
    private boolean closed;

    GuardedChannel(Connection connection, Setup setup) {
        this.connection = connection;
        this.setup = setup;
    }

    /**
     * Runs {@code action} on the open channel, under the lock.
     *
     * @throws Unavailable
     *             if the connection is down or being recovered, or this was closed
     * @throws IOException
     *             if opening the channel or the action failed
     */
    <T> T use(Action<T> action) throws IOException {
        lock.lock();
        try {
            return action.apply(open());
        } finally {
            lock.unlock();
        }
    }

    /** Closes the channel; later uses fail with {@link Unavailable}. */
    void close() {
        lock.lock();
        try {
            closed = true;
            Channels.closeQuietly(channel);
        } finally {
            lock.unlock();
        }
    }

    private Channel open() throws IOException {
        if (closed) {
            throw new Unavailable("closed");
        }
        if (channel != null && channel.isOpen()) {
            return channel;
        }
        if (!connection.isOpen() || (channel != null && channel != brokenByChannelError)) {
            throw new Unavailable("the connection is down or being recovered");
        }
        Channels.closeQuietly(channel); // also drops it from the client's recovery
        channel = null;
        Channel opened = connection.createChannel();
        if (opened == null) {
            throw new IOException("RabbitMQ allows no more channels on this connection");
        }
        opened.addShutdownListener(cause -> {
            if (!cause.isHardError() && !cause.isInitiatedByApplication()) {
                brokenByChannelError = opened;
            }
        });
        try {
            setup.apply(opened);
        } catch (IOException | RuntimeException e) {
            Channels.closeQuietly(opened);
            throw e;
        }
        channel = opened;
        return opened;
    }
}
