package org.lightbus.benchmarks;

import java.util.concurrent.CountDownLatch;

/** The deliveries still to come to all consumers of a fan-out together, however the broker spreads them. */
final class Deliveries {

    private volatile CountDownLatch expected = new CountDownLatch(0);

    void expect(int count) {
        expected = new CountDownLatch(count);
    }

    void countDown() {
        expected.countDown();
    }

    CountDownLatch latch() {
        return expected;
    }
}
