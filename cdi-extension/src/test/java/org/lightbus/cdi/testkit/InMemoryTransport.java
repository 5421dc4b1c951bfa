package org.lightbus.cdi.testkit;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import org.lightbus.spi.DeliveryHandler;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.ListenerHandle;
import org.lightbus.spi.ListenerSpec;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.Transport;

/**
 * A transport without a broker for component tests: records what is published and delivers it synchronously to the
 * listeners of the same event, once, with attempt 1. Handler failures are recorded, not retried.
 */
public final class InMemoryTransport implements Transport {

    /** The transports created, newest last. */
    public static final List<InMemoryTransport> CREATED = new CopyOnWriteArrayList<>();

    public final String serviceName;
    public final List<OutgoingEvent> published = new CopyOnWriteArrayList<>();
    public final List<ListenerSpec> listeners = new CopyOnWriteArrayList<>();
    public final List<Exception> failures = new CopyOnWriteArrayList<>();
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    public volatile boolean closed;

    private record Subscription(ListenerSpec spec, DeliveryHandler handler) {
    }

    InMemoryTransport(String serviceName) {
        this.serviceName = serviceName;
    }

    @Override
    public CompletionStage<Void> publish(OutgoingEvent event) {
        published.add(event);
        for (Subscription subscription : subscriptions) {
            if (subscription.spec().api().equals(event.api())
                    && subscription.spec().eventName().equals(event.eventName())) {
                deliver(subscription.handler(), new IncomingEvent(event.api(), event.eventName(), event.messageId(),
                        event.sourceService(), event.timestamp(), 1, event.body()));
            }
        }
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Delivers a raw message to every listener of an event, as the broker would.
     *
     * @param event
     *            the message
     */
    public void deliver(IncomingEvent event) {
        for (Subscription subscription : subscriptions) {
            if (subscription.spec().eventName().equals(event.eventName())) {
                deliver(subscription.handler(), event);
            }
        }
    }

    private void deliver(DeliveryHandler handler, IncomingEvent event) {
        try {
            handler.handle(event);
        } catch (Exception e) {
            failures.add(e);
        }
    }

    @Override
    public ListenerHandle listen(ListenerSpec spec, DeliveryHandler handler) {
        listeners.add(spec);
        Subscription subscription = new Subscription(spec, handler);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    @Override
    public void close() {
        closed = true;
    }
}
