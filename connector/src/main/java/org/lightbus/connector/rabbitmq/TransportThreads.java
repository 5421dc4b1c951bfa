package org.lightbus.connector.rabbitmq;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one transport, all daemon threads named {@code lightbus-<service>-...}:
 * <ul>
 * <li>{@link #scheduler()}: one thread for timeouts; it never talks to the broker, it hands such work to
 * {@link #io()};</li>
 * <li>{@link #io()}: one thread for the transport's own broker work, such as reopening the publishing channel and
 * sending held publishes;</li>
 * <li>{@link #completer()}: one thread that completes publish futures, so dependent stages never run on the client's
 * I/O thread;</li>
 * <li>{@link #listeners()}: the client's consumer dispatch pool, which also settles the deliveries whose failure copy
 * was confirmed; it grows with the number of listeners (each channel's deliveries are handled one at a time), so a slow
 * listener does not hold up the others, and is bounded by them: at most one task per channel, and one per
 * unacknowledged delivery (the prefetch).</li>
 * </ul>
 *
 * @param scheduler
 *            runs timeouts
 * @param io
 *            talks to the broker for the transport itself
 * @param completer
 *            completes publish futures
 * @param listeners
 *            runs listener handlers
 */
record TransportThreads(ScheduledExecutorService scheduler, ExecutorService io, ExecutorService completer,
        ExecutorService listeners) implements AutoCloseable {

    static TransportThreads create(String serviceName) {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1,
                named("lightbus-" + serviceName + "-timeouts"));
        scheduler.setRemoveOnCancelPolicy(true);
        return new TransportThreads(scheduler,
                Executors.newSingleThreadExecutor(named("lightbus-" + serviceName + "-io")),
                Executors.newSingleThreadExecutor(named("lightbus-" + serviceName + "-confirms")),
                Executors.newCachedThreadPool(named("lightbus-" + serviceName + "-listener")));
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        io.shutdownNow();
        completer.shutdown();
        listeners.shutdown();
    }

    /**
     * @return a factory of daemon threads named {@code <prefix>-1}, {@code <prefix>-2}, ...
     */
    static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
