package org.lightbus.benchmarks;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.Listener;

/** A listener that fails on every event, counting its calls. */
@ApplicationScoped
public class FailingSink {

    private final AtomicInteger calls = new AtomicInteger();

    void receive(@Observes @Bus @Listener("failing") BenchApi.Ping ping) {
        calls.incrementAndGet();
        throw new IllegalStateException("always fails");
    }

    int calls() {
        return calls.get();
    }
}
