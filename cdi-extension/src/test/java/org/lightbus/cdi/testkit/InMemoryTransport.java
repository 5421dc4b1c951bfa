package org.lightbus.cdi.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.lightbus.api.RpcTimeoutException;
import org.lightbus.spi.CallHandler;
import org.lightbus.spi.DeliveryHandler;
import org.lightbus.spi.IncomingCall;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.ListenerHandle;
import org.lightbus.spi.ListenerSpec;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.RpcRequest;
import org.lightbus.spi.RpcServerSpec;
import org.lightbus.spi.SchemaHandler;
import org.lightbus.spi.Transport;

/**
 * A transport without a broker for component tests: records what is published and, while {@link #loopback} is on,
 * delivers it synchronously to the listeners of the same event, once, with attempt 1. Handler failures are recorded,
 * not retried.
 */
public final class InMemoryTransport implements Transport {

    /** The transports created, newest last; cleared after each test by {@link LightbusComponentTest}. */
    public static final List<InMemoryTransport> CREATED = new CopyOnWriteArrayList<>();

    public final String serviceName;
    public final List<OutgoingEvent> published = new CopyOnWriteArrayList<>();
    public final List<ListenerSpec> listeners = new CopyOnWriteArrayList<>();
    public final List<Exception> failures = new CopyOnWriteArrayList<>();
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    public volatile boolean closed;
    /** Whether published events are delivered to this application's listeners; off, they are only recorded. */
    public volatile boolean loopback = true;
    /** When set, every publish fails with it, as a transport reports a publish the broker did not take. */
    public volatile RuntimeException publishFailure;

    private record Subscription(ListenerSpec spec, DeliveryHandler handler) {
    }

    InMemoryTransport(String serviceName) {
        this.serviceName = serviceName;
    }

    /**
     * @return the transport of the running container
     *
     * @throws IllegalStateException
     *             if no container has connected to the bus yet
     */
    public static InMemoryTransport current() {
        if (CREATED.isEmpty()) {
            throw new IllegalStateException("No InMemoryTransport was created: is the Lightbus extension active?");
        }
        return CREATED.get(CREATED.size() - 1);
    }

    /**
     * @param event
     *            a published event
     * @param attempt
     *            the delivery attempt
     *
     * @return the event as the broker would deliver it
     */
    public static IncomingEvent asDelivered(OutgoingEvent event, int attempt) {
        return new IncomingEvent(event.api(), event.eventName(), event.messageId(), event.sourceService(),
                event.timestamp(), attempt, event.body());
    }

    @Override
    public CompletionStage<Void> publish(OutgoingEvent event) {
        if (publishFailure != null) {
            return CompletableFuture.failedFuture(publishFailure);
        }
        published.add(event);
        if (loopback) {
            deliver(asDelivered(event, 1));
        }
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Delivers a raw message to every listener of its event, as the broker would; a message without an API goes to the
     * listeners of any API with that event name.
     *
     * @param event
     *            the message
     */
    public void deliver(IncomingEvent event) {
        for (Subscription subscription : subscriptions) {
            ListenerSpec spec = subscription.spec();
            if (spec.eventName().equals(event.eventName()) && (event.api() == null || spec.api().equals(event.api()))) {
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

    /** Publishes settle at once here: a minute is more than enough. */
    @Override
    public Duration publishBound() {
        return Duration.ofMinutes(1);
    }

    @Override
    public ListenerHandle listen(ListenerSpec spec, DeliveryHandler handler) {
        listeners.add(spec);
        Subscription subscription = new Subscription(spec, handler);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    /** The servers of this application, by API; calls to other APIs fail with an RpcTimeoutException at once. */
    public final Map<String, CallHandler> servers = new ConcurrentHashMap<>();
    public final List<RpcRequest> calls = new CopyOnWriteArrayList<>();
    public final List<RpcServerSpec> served = new CopyOnWriteArrayList<>();

    @Override
    public CompletionStage<RpcReply> call(RpcRequest request) {
        calls.add(request);
        CallHandler server = servers.get(request.api());
        if (server == null) {
            return CompletableFuture.failedFuture(new RpcTimeoutException("LBUS00000", "no server in memory",
                    request.api(), request.procedure(), request.timeout()));
        }
        return server.handle(new IncomingCall(request.api(), request.procedure(), "call-" + calls.size(),
                request.sourceService(), request.body()));
    }

    @Override
    public ListenerHandle serve(RpcServerSpec spec, CallHandler handler) {
        served.add(spec);
        servers.put(spec.api(), handler);
        return () -> servers.remove(spec.api(), handler);
    }

    /** The schemas this application shares, by API. */
    public final Map<String, byte[]> ownedSchemas = new ConcurrentHashMap<>();
    /** The APIs whose schemas this application asked for. */
    public final Set<String> wantedSchemas = ConcurrentHashMap.newKeySet();
    private volatile SchemaHandler schemaHandler;

    @Override
    public ListenerHandle shareSchemas(Map<String, byte[]> owned, Set<String> wanted, SchemaHandler handler) {
        ownedSchemas.putAll(owned);
        wantedSchemas.addAll(wanted);
        schemaHandler = handler;
        return () -> schemaHandler = null;
    }

    /** Delivers a schema as if its owner had published it; ignored unless the application wants that API. */
    public void publishSchema(String api, byte[] schema) {
        SchemaHandler handler = schemaHandler;
        if (handler != null && wantedSchemas.contains(api)) {
            handler.received(api, schema);
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
