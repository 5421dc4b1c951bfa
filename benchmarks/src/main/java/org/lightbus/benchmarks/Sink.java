package org.lightbus.benchmarks;

import java.util.concurrent.CountDownLatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.Listener;

@ApplicationScoped
public class Sink {

    private volatile CountDownLatch expected = new CountDownLatch(0);

    void receive(@Observes @Bus @Listener("sink") BenchApi.Ping ping) {
        expected.countDown();
    }

    void expect(int count) {
        expected = new CountDownLatch(count);
    }

    CountDownLatch latch() {
        return expected;
    }
}
