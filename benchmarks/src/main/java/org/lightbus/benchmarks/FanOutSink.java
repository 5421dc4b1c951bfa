package org.lightbus.benchmarks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.Listener;

/** One instance of a service of the fan-out: a listener that counts each event into the deliveries of all. */
@ApplicationScoped
public class FanOutSink {

    static final String LISTENER = "fan-out";

    private volatile Arrivals deliveries = new Arrivals();

    void receive(@Observes @Bus @Listener(LISTENER) BenchApi.Ping ping) {
        deliveries.arrived(ping);
    }

    void countInto(Arrivals deliveries) {
        this.deliveries = deliveries;
    }
}
