package org.lightbus.benchmarks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import io.vertx.core.json.JsonObject;

/**
 * Events whose consumer always fails, through SmallRye's RabbitMQ connector: an {@code Emitter} sends them on the
 * channel {@value #OUTGOING}; the channel {@value #INCOMING} maps each back to the record, then nacks it, which its
 * failure strategy turns into a reject that dead-letters it.
 */
@ApplicationScoped
public class RabbitFailures {

    static final String OUTGOING = "failing-pings";
    static final String INCOMING = "failing";

    @Inject
    @Channel(OUTGOING)
    @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
    Emitter<BenchApi.Ping> pings;

    CompletableFuture<Void> sendAll(int count) {
        return RabbitPings.sendAll(pings, count, Source.PADDING);
    }

    @Incoming(INCOMING)
    CompletionStage<Void> receive(Message<JsonObject> message) {
        message.getPayload().mapTo(BenchApi.Ping.class);
        return message.nack(new IllegalStateException("always fails"));
    }
}
