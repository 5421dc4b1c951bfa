package org.lightbus.benchmarks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.Listener;

/** The listener of the benchmarks' events: an {@code @Observes @Bus} method, acknowledged when it returns. */
@ApplicationScoped
public class Sink {

    private final Arrivals arrivals = new Arrivals();

    void receive(@Observes @Bus @Listener("sink") BenchApi.Ping ping) {
        arrivals.arrived(ping);
    }

    Arrivals arrivals() {
        return arrivals;
    }
}
