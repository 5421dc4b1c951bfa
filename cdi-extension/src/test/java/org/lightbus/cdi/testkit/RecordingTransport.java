package org.lightbus.cdi.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.lightbus.memory.DeadLetter;
import org.lightbus.memory.InMemoryBroker;
import org.lightbus.memory.InMemoryTransport;
import org.lightbus.memory.ListenerOutcome;
import org.lightbus.memory.ListenerRun;
import org.lightbus.spi.Announcement;
import org.lightbus.spi.CallHandler;
import org.lightbus.spi.DeliveryHandler;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.ListenerHandle;
import org.lightbus.spi.ListenerSpec;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.RpcRequest;
import org.lightbus.spi.RpcServerSpec;
import org.lightbus.spi.SchemaHandler;
import org.lightbus.spi.ServiceDescriber;
import org.lightbus.spi.Transport;
import org.lightbus.spi.TransportHealth;

/**
 * The transport of the component tests: the real in-memory transport of {@code lightbus-in-memory}, with what a test
 * needs around it. Everything goes through to the {@link InMemoryBroker}, which delivers asynchronously on the
 * transport's own threads, retries and dead-letters; this class only
 * <ul>
 * <li>records what the application publishes, calls, listens to, serves and shares;</li>
 * <li>fails publishes on request ({@link #publishFailure});</li>
 * <li>holds published events back from the broker until {@link #release()} ({@link #hold()}), so that a test sees what
 * happens before the broker delivers;</li>
 * <li>hands hand-made, possibly malformed, messages to the application's listeners ({@link #deliver}) with the real
 * retry and dead-letter rules of {@link ListenerRun};</li>
 * <li>hands a schema to the application as its owner would ({@link #shareSchemaAsOwner}).</li>
 * </ul>
 * A test that fired an event waits for its delivery with {@link #awaitDelivered()}.
 */
public final class RecordingTransport implements Transport {

    /** The transports created, newest last; cleared after each test by {@link LightbusComponentTest}. */
    public static final List<RecordingTransport> CREATED = new CopyOnWriteArrayList<>();

    /** How long {@link #awaitDelivered()} waits at most: far longer than any delivery takes. */
    private static final Duration DELIVERY_WAIT = Duration.ofSeconds(30);

    public final List<OutgoingEvent> published = new CopyOnWriteArrayList<>();
    /** Every listener the application registered, also those stopped since. */
    public final List<ListenerSpec> listeners = new CopyOnWriteArrayList<>();
    public final List<RpcServerSpec> served = new CopyOnWriteArrayList<>();
    public final List<RpcRequest> calls = new CopyOnWriteArrayList<>();
    /** The schemas this application shares, by API. */
    public final Map<String, byte[]> ownedSchemas = new ConcurrentHashMap<>();
    /** The APIs whose schemas this application asked for. */
    public final Set<String> wantedSchemas = ConcurrentHashMap.newKeySet();
    /** When set, every publish fails with it, as a transport reports a publish the broker did not take. */
    public volatile RuntimeException publishFailure;

    private final InMemoryTransport memory;
    private final List<Listening> listening = new CopyOnWriteArrayList<>();
    private final List<Transport> owners = new CopyOnWriteArrayList<>();
    private final List<OutgoingEvent> held = new ArrayList<>();
    private boolean holding;

    private record Listening(ListenerSpec spec, DeliveryHandler handler) {
    }

    RecordingTransport(InMemoryTransport memory) {
        this.memory = memory;
    }

    /**
     * @return the transport of the running container
     *
     * @throws IllegalStateException
     *             if no container has connected to the bus yet
     */
    public static RecordingTransport current() {
        if (CREATED.isEmpty()) {
            throw new IllegalStateException("No RecordingTransport was created: is the Lightbus extension active?");
        }
        return CREATED.get(CREATED.size() - 1);
    }

    /**
     * @return the broker of the application's namespace
     */
    public InMemoryBroker broker() {
        return memory.broker();
    }

    /**
     * @return the dead letters of the application's listeners
     */
    public List<DeadLetter> deadLetters() {
        return broker().deadLetters(memory.serviceName());
    }

    /**
     * Waits until the broker has handled or dead-lettered every event published so far (retries included).
     *
     * @throws AssertionError
     *             if it is not done within 30 seconds
     */
    public void awaitDelivered() {
        try {
            if (!broker().awaitIdle(DELIVERY_WAIT)) {
                throw new AssertionError("The broker still delivers events after " + DELIVERY_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for the deliveries", e);
        }
    }

    /**
     * Holds the events published from now on back from the broker, as a broker that took them but has not delivered
     * them yet: they are recorded and confirmed, and reach the listeners on {@link #release()}.
     */
    public void hold() {
        synchronized (held) {
            holding = true;
        }
    }

    /**
     * Hands the held events to the broker, in their order, and stops holding.
     */
    public void release() {
        synchronized (held) {
            holding = false;
            held.forEach(memory::publish);
            held.clear();
        }
    }

    @Override
    public CompletionStage<Void> publish(OutgoingEvent event) {
        RuntimeException failure = publishFailure;
        if (failure != null) {
            return CompletableFuture.failedFuture(failure);
        }
        published.add(event);
        synchronized (held) {
            if (holding) {
                held.add(event);
                return CompletableFuture.completedFuture(null);
            }
            return memory.publish(event);
        }
    }

    /**
     * Hands a message to every listener of its event, on the calling thread, with the rules of the in-memory transport:
     * retried as the listener's policy says, or dead-lettered (the outcome tells; the broker's dead letters do not get
     * it). Unlike a publish, the message may be anything the broker could deliver: without a message id, a body that is
     * not JSON, any attempt. A message without an API goes to the listeners of any API with that event name. Meant for
     * listeners to which the broker delivers nothing meanwhile.
     *
     * @param event
     *            the message
     *
     * @return what became of it at each listener
     */
    public List<ListenerOutcome> deliver(IncomingEvent event) {
        return listening.stream()
                .filter(listener -> listener.spec().eventName().equals(event.eventName())
                        && (event.api() == null || listener.spec().api().equals(event.api())))
                .map(listener -> ListenerRun.deliver(listener.spec(), listener.handler(), event)).toList();
    }

    /**
     * Hands a schema to the application as its owner would: another application connected to the same broker shares it,
     * until this transport closes.
     *
     * @param api
     *            the API the schema is of
     * @param schema
     *            the schema document
     */
    public void shareSchemaAsOwner(String api, byte[] schema) {
        Transport owner = broker().connect("owner-of-" + api);
        owners.add(owner);
        owner.shareSchemas(Map.of(api, schema), Set.of(), (otherApi, otherSchema) -> {
        });
    }

    @Override
    public Duration publishBound() {
        return memory.publishBound();
    }

    @Override
    public ListenerHandle listen(ListenerSpec spec, DeliveryHandler handler) {
        listeners.add(spec);
        Listening listener = new Listening(spec, handler);
        listening.add(listener);
        ListenerHandle handle = memory.listen(spec, handler);
        return () -> {
            listening.remove(listener);
            handle.close();
        };
    }

    @Override
    public CompletionStage<RpcReply> call(RpcRequest request) {
        calls.add(request);
        return memory.call(request);
    }

    @Override
    public ListenerHandle serve(RpcServerSpec spec, CallHandler handler) {
        served.add(spec);
        return memory.serve(spec, handler);
    }

    @Override
    public Announcement announce(ServiceDescriber describer) {
        return memory.announce(describer);
    }

    @Override
    public ListenerHandle shareSchemas(Map<String, byte[]> owned, Set<String> wanted, SchemaHandler handler) {
        ownedSchemas.putAll(owned);
        wantedSchemas.addAll(wanted);
        return memory.shareSchemas(owned, wanted, handler);
    }

    /** The health of the transport it passes messages to. */
    @Override
    public TransportHealth health() {
        return memory.health();
    }

    @Override
    public void close() {
        owners.forEach(Transport::close);
        memory.close();
    }
}
