package org.lightbus.benchmarks;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * One way of {@link ChannelThroughput}, running: the applications that send and consume, and how to drive them.
 *
 * @param queue
 *            the queue the consumer takes the events from
 * @param send
 *            sends that many events; completes when the broker has confirmed all of them
 * @param expect
 *            tells the consumer how many events to count down
 * @param latch
 *            the consumer's count of the events still to come
 * @param applications
 *            closed in order
 */
record Rig(String queue, IntFunction<CompletableFuture<Void>> send, IntConsumer expect, Supplier<CountDownLatch> latch,
        List<AutoCloseable> applications) implements AutoCloseable {

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
