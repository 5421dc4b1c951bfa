package org.lightbus.benchmarks;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import io.vertx.core.json.JsonObject;

/**
 * The fan-out through SmallRye's RabbitMQ connector: an {@code Emitter} sends the events on the channel
 * {@value #OUTGOING}; each of the five services consumes them on a channel of its own ({@code fan-out-1} to
 * {@code fan-out-5}), each from its own queue, maps them back to the record and counts them into the {@link Arrivals},
 * acknowledged when the method returns.
 */
@ApplicationScoped
public class RabbitFanOut {

    static final String OUTGOING = "fan-out-pings";
    static final String INCOMING = "fan-out-";

    @Inject
    @Channel(OUTGOING)
    @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
    Emitter<BenchApi.Ping> pings;

    private volatile Arrivals deliveries = new Arrivals();

    private volatile String padding = Source.PADDING;

    void padding(String padding) {
        this.padding = padding;
    }

    void countInto(Arrivals deliveries) {
        this.deliveries = deliveries;
    }

    /** Sends one event; completes when the broker has confirmed it. */
    CompletableFuture<Void> send(long sequence) {
        return RabbitPings.send(pings, sequence, padding);
    }

    @Incoming(INCOMING + 1)
    void service1(JsonObject json) {
        receive(json);
    }

    @Incoming(INCOMING + 2)
    void service2(JsonObject json) {
        receive(json);
    }

    @Incoming(INCOMING + 3)
    void service3(JsonObject json) {
        receive(json);
    }

    @Incoming(INCOMING + 4)
    void service4(JsonObject json) {
        receive(json);
    }

    @Incoming(INCOMING + 5)
    void service5(JsonObject json) {
        receive(json);
    }

    private void receive(JsonObject json) {
        deliveries.arrived(json.mapTo(BenchApi.Ping.class));
    }
}
