package org.lightbus.benchmarks;

import java.util.concurrent.CountDownLatch;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The consumer of an incoming Reactive Messaging channel on the bus: {@value #CHANNEL}, whose connector is
 * {@code lightbus}; the record names the API and event. Acknowledged when the method returns.
 */
@ApplicationScoped
public class IncomingSink {

    static final String CHANNEL = "pings";

    private volatile CountDownLatch expected = new CountDownLatch(0);

    @Incoming(CHANNEL)
    void receive(BenchApi.Ping ping) {
        expected.countDown();
    }

    void expect(int count) {
        expected = new CountDownLatch(count);
    }

    CountDownLatch latch() {
        return expected;
    }
}
