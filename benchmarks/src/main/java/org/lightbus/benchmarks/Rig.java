package org.lightbus.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * One way of {@link ChannelThroughput} and {@link Comparison}, running: the applications that send and consume, and how
 * to drive them.
 *
 * @param queue
 *            the queue the consumer takes the events from
 * @param sendOne
 *            sends one event with that sequence; completes when the broker has confirmed it
 * @param padding
 *            sets the padding of the events sent from now on ({@link Source#PADDING}, {@link Source#PADDING_1K})
 * @param arrivals
 *            what the consumers count
 * @param copies
 *            how many deliveries each event makes: one per service that listens
 * @param applications
 *            closed in order
 */
record Rig(String queue, LongFunction<CompletableFuture<?>> sendOne, Consumer<String> padding, Arrivals arrivals,
        int copies, List<AutoCloseable> applications) implements AutoCloseable {

    private static final Duration WAIT = Duration.ofMinutes(5);

    /** A rig of one consumer. */
    Rig(String queue, LongFunction<CompletableFuture<?>> sendOne, Consumer<String> padding, Arrivals arrivals,
            List<AutoCloseable> applications) {
        this(queue, sendOne, padding, arrivals, 1, applications);
    }

    /** How long sending took until all were confirmed, and until the consumer had received them all. */
    record Measurement(Duration confirmed, Duration received) {
    }

    /** Sends {@code count} events at once and waits until the consumer has received all of them. */
    Measurement measure(int count) throws Exception {
        arrivals.expect(count * copies);
        long start = System.nanoTime();
        CompletableFuture<Long> confirmed = sendAll(count).thenApply(done -> System.nanoTime());
        awaitConsumer();
        long received = System.nanoTime();
        long confirmedAt = confirmed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        return new Measurement(Duration.ofNanos(confirmedAt - start), Duration.ofNanos(received - start));
    }

    /**
     * Sends {@code count} events at a fixed rate, the i-th due {@code i / perSecond} seconds after the first (so that a
     * late send does not delay the rest), each carrying the time of its send call as its sequence; waits until the
     * consumer has received all of them and the broker has confirmed all.
     *
     * @return each event's latency from its send call to the consumer, in nanoseconds
     */
    long[] latencies(int count, int perSecond) throws Exception {
        arrivals.expectTimed(count);
        CompletableFuture<?>[] confirms = new CompletableFuture<?>[count];
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            confirms[i] = sendOne.apply(System.nanoTime());
        }
        awaitConsumer();
        CompletableFuture.allOf(confirms).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        return arrivals.latencies();
    }

    /** Sends {@code count} events at once; completes when the broker has confirmed all of them. */
    CompletableFuture<Void> sendAll(int count) {
        return sendAll(count, sendOne);
    }

    /**
     * Sends {@code count} events at once, each through {@code send} with its sequence number; completes when the broker
     * has confirmed all of them.
     */
    static CompletableFuture<Void> sendAll(int count, LongFunction<? extends CompletableFuture<?>> send) {
        CompletableFuture<?>[] confirms = new CompletableFuture<?>[count];
        for (int i = 0; i < count; i++) {
            confirms[i] = send.apply(i);
        }
        return CompletableFuture.allOf(confirms);
    }

    private void awaitConsumer() throws InterruptedException {
        if (!arrivals.latch().await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(
                    "the consumer did not receive all events: " + arrivals.latch().getCount() + " missing");
        }
    }

    @Override
    public void close() throws Exception {
        Exception failure = null;
        for (AutoCloseable application : applications) {
            try {
                application.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
