package org.lightbus.benchmarks;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The consumer of an incoming Reactive Messaging channel on the bus: {@value #CHANNEL}, whose connector is
 * {@code lightbus}; the record names the API and event. Acknowledged when the method returns.
 */
@ApplicationScoped
public class IncomingSink {

    static final String CHANNEL = "pings";

    private final Arrivals arrivals = new Arrivals();

    @Incoming(CHANNEL)
    void receive(BenchApi.Ping ping) {
        arrivals.arrived(ping);
    }

    Arrivals arrivals() {
        return arrivals;
    }
}
