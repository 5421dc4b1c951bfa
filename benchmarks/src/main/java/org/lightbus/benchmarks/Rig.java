package org.lightbus.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * One way of {@link ChannelThroughput} and {@link Comparison}, running: the applications that send and consume, and how
 * to drive them.
 *
 * @param queue
 *            the queue the consumer takes the events from
 * @param send
 *            sends one event with the sequence number given, or as {@link #measure} does, its send time; completes on
 *            the broker's confirm
 * @param padding
 *            sets the padding of the events sent from now on ({@link Source#PADDING}, {@link Source#PADDING_1K})
 * @param expect
 *            tells the consumer how many events to count down
 * @param latch
 *            the consumer's count of the events still to come
 * @param applications
 *            closed in order
 */
record Rig(String queue, LongFunction<CompletableFuture<?>> send, Consumer<String> padding, IntConsumer expect,
        Supplier<CountDownLatch> latch, List<AutoCloseable> applications) implements AutoCloseable {

    private static final Duration WAIT = Duration.ofMinutes(5);

    /** How long sending took until all were confirmed, and until the consumer had received them all. */
    record Measurement(Duration confirmed, Duration received) {
    }

    /** Sends {@code count} events at once and waits until the consumer has received all of them. */
    Measurement measure(int count) throws Exception {
        expect.accept(count);
        long start = System.nanoTime();
        CompletableFuture<Long> confirmed = sendAll(count).thenApply(done -> System.nanoTime());
        if (!latch.get().await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(
                    "the consumer did not receive all events: " + latch.get().getCount() + " missing");
        }
        long received = System.nanoTime();
        long confirmedAt = confirmed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        return new Measurement(Duration.ofNanos(confirmedAt - start), Duration.ofNanos(received - start));
    }

    /** Sends {@code count} events at once; completes when the broker has confirmed all of them. */
    CompletableFuture<Void> sendAll(int count) {
        CompletableFuture<?>[] confirms = new CompletableFuture<?>[count];
        for (int i = 0; i < count; i++) {
            confirms[i] = send.apply(i);
        }
        return CompletableFuture.allOf(confirms);
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
