package org.lightbus.connector.rabbitmq;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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

    /**
     * Once the transport is closed, the client's threads may still hand over work (the shutdown signal of a channel, a
     * late recovery); the scheduler, the I/O thread and the listener pool drop it instead of throwing
     * {@link java.util.concurrent.RejectedExecutionException} on the client's threads. The completer is left to reject:
     * {@link Settler} then completes on the calling thread.
     */
    static TransportThreads create(String serviceName) {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1,
                named("lightbus-" + serviceName + "-timeouts"), DROP);
        scheduler.setRemoveOnCancelPolicy(true);
        return new TransportThreads(scheduler,
                new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                        named("lightbus-" + serviceName + "-io"), DROP),
                Executors.newSingleThreadExecutor(named("lightbus-" + serviceName + "-confirms")),
                new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                        named("lightbus-" + serviceName + "-listener"), DROP));
    }

    /** Rejected only once shut down (the pools are unbounded or queue): the transport is closed, nothing is to run. */
    private static final RejectedExecutionHandler DROP = new ThreadPoolExecutor.DiscardPolicy();

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
