package org.lightbus.benchmarks;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;
import org.lightbus.api.EventPublisher;

@ApplicationScoped
public class Source {

    /** Makes an event about 100 bytes of JSON. */
    static final String PADDING = "x".repeat(60);

    /** Makes an event about 1 KB of JSON. */
    static final String PADDING_1K = "x".repeat(995);

    @Inject
    @Bus
    Event<BenchApi.Ping> pings;

    @Inject
    EventPublisher publisher;

    private volatile String padding = PADDING;

    /** Sets the padding of the events sent from now on: {@link #PADDING} or {@link #PADDING_1K}. */
    void padding(String padding) {
        this.padding = padding;
    }

    /** Fires one event with {@code fire()}, which returns once the broker has confirmed it. */
    void fire(long sequence) {
        pings.fire(new BenchApi.Ping(sequence, padding));
    }

    /** Fires one event with {@code fireAsync()}; the stage completes on the broker's confirm. */
    CompletableFuture<BenchApi.Ping> fireAsync(long sequence) {
        return pings.fireAsync(new BenchApi.Ping(sequence, padding)).toCompletableFuture();
    }

    /** Publishes one event with the {@code EventPublisher}; the stage completes on the broker's confirm. */
    CompletableFuture<?> publish(long sequence) {
        return publisher.publish(new BenchApi.Ping(sequence, padding)).toCompletableFuture();
    }

    /** Fires {@code count} events with fireAsync and returns when the broker has confirmed all of them. */
    CompletableFuture<Void> fireAll(int count) {
        return Rig.sendAll(count, this::fireAsync);
    }

    /** Publishes {@code count} events with the EventPublisher and returns when the broker has confirmed all. */
    CompletableFuture<Void> publishAll(int count) {
        return Rig.sendAll(count, this::publish);
    }
}
