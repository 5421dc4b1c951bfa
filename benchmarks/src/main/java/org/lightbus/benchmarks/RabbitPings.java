package org.lightbus.benchmarks;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import io.vertx.core.json.JsonObject;

/**
 * The same events through SmallRye's RabbitMQ connector: an {@code Emitter} sends them as persistent JSON messages on
 * the channel {@value #OUTGOING}, each acknowledged on the broker's confirm; the channel {@value #INCOMING} consumes
 * them and maps them back to the record, acknowledged when the method returns.
 */
@ApplicationScoped
public class RabbitPings {

    static final String OUTGOING = "rabbit-pings-out";
    static final String INCOMING = "rabbit-pings";

    /** Delivery mode 2: persistent. */
    private static final OutgoingRabbitMQMetadata PERSISTENT_JSON = OutgoingRabbitMQMetadata.builder()
            .withDeliveryMode(2).withContentType("application/json").build();

    @Inject
    @Channel(OUTGOING)
    @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
    Emitter<BenchApi.Ping> pings;

    private final Arrivals arrivals = new Arrivals();

    private volatile String padding = Source.PADDING;

    /** Sets the padding of the events sent from now on. */
    void padding(String padding) {
        this.padding = padding;
    }

    /** Sends one event; completes when the broker has confirmed it. */
    CompletableFuture<Void> send(long sequence) {
        return send(pings, sequence, padding);
    }

    /** Sends one event as a persistent JSON message through the emitter; completes when the broker has confirmed it. */
    static CompletableFuture<Void> send(Emitter<BenchApi.Ping> pings, long sequence, String padding) {
        CompletableFuture<Void> confirmed = new CompletableFuture<>();
        pings.send(Message.of(new BenchApi.Ping(sequence, padding), Metadata.of(PERSISTENT_JSON), () -> {
            confirmed.complete(null);
            return CompletableFuture.completedFuture(null);
        }, failure -> {
            confirmed.completeExceptionally(failure);
            return CompletableFuture.completedFuture(null);
        }));
        return confirmed;
    }

    /** Sends {@code count} events ({@link #send(Emitter, long, String)}); completes when all are confirmed. */
    static CompletableFuture<Void> sendAll(Emitter<BenchApi.Ping> pings, int count, String padding) {
        return Rig.sendAll(count, sequence -> send(pings, sequence, padding));
    }

    @Incoming(INCOMING)
    void receive(JsonObject json) {
        arrivals.arrived(json.mapTo(BenchApi.Ping.class));
    }

    Arrivals arrivals() {
        return arrivals;
    }
}
