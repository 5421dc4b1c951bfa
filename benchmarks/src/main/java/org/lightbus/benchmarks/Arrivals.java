package org.lightbus.benchmarks;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a consumer of the benchmarks counts: the events still to come and, while timing ({@link #expectTimed}), each
 * event's latency since it was sent. A timed event carries the sender's {@code System.nanoTime()} as its sequence,
 * which the consumer can compare with its own because the applications of a benchmark share one JVM.
 */
final class Arrivals {

    private static final long[] UNTIMED = new long[0];

    private volatile CountDownLatch expected = new CountDownLatch(0);
    private volatile long[] latencies = UNTIMED;
    private final AtomicInteger timed = new AtomicInteger();

    /** Counts down {@code count} events. */
    void expect(int count) {
        latencies = UNTIMED;
        expected = new CountDownLatch(count);
    }

    /** Counts down {@code count} events, each sent with its send time as its sequence, and records their latencies. */
    void expectTimed(int count) {
        timed.set(0);
        latencies = new long[count];
        expected = new CountDownLatch(count);
    }

    /** Called by the consumer with each event, as soon as it has the event as the record. */
    void arrived(BenchApi.Ping ping) {
        long now = System.nanoTime();
        long[] into = latencies;
        if (into.length > 0) {
            int index = timed.getAndIncrement();
            if (index < into.length) {
                into[index] = now - ping.sequence();
            }
        }
        expected.countDown();
    }

    CountDownLatch latch() {
        return expected;
    }

    /** The latencies in nanoseconds, in the order of arrival; complete once {@link #latch()} has reached zero. */
    long[] latencies() {
        return latencies;
    }
}
