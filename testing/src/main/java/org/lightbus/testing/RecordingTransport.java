package org.lightbus.testing;

import static org.lightbus.testing.TestKitMessages.MESSAGES;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.lightbus.spi.Announcement;
import org.lightbus.spi.CallHandler;
import org.lightbus.spi.DeliveryHandler;
import org.lightbus.spi.IncomingCall;
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
 * The test kit's transport around the broker's: records the events published and the calls made, answers the calls a
 * test mocked, and remembers the application's listeners and servers, so that {@link TestBus} can hand them simulated
 * events and calls.
 */
final class RecordingTransport implements Transport {

    /** A listener of the application and its runtime handler. */
    record Listening(ListenerSpec spec, DeliveryHandler handler) {
    }

    /** A server of the application and its runtime handler. */
    record Serving(RpcServerSpec spec, CallHandler handler) {
    }

    /** The calls made while this is set are simulated incoming calls: they go to the application's own server. */
    private static final ThreadLocal<Boolean> SIMULATING = ThreadLocal.withInitial(() -> false);

    /** The transports of the applications running in this JVM, for {@link LightbusTestExtension}. */
    static final Set<RecordingTransport> RUNNING = ConcurrentHashMap.newKeySet();

    private final Transport broker;
    private final String brokerName;
    private final String serviceName;
    private final List<OutgoingEvent> published = new CopyOnWriteArrayList<>();
    private final List<RpcRequest> calls = new CopyOnWriteArrayList<>();
    private final List<Listening> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Serving> servers = new ConcurrentHashMap<>();
    private final List<MockedCall<?>> mocks = new CopyOnWriteArrayList<>();
    private final List<String> unexpectedCalls = new CopyOnWriteArrayList<>();
    private final ExecutorService simulations;
    private final boolean configuredStrictCalls;
    private volatile boolean strictCalls;

    RecordingTransport(Transport broker, String brokerName, String serviceName, boolean strictCalls) {
        this.broker = broker;
        this.brokerName = brokerName;
        this.serviceName = serviceName;
        this.configuredStrictCalls = strictCalls;
        this.strictCalls = strictCalls;
        AtomicInteger count = new AtomicInteger();
        this.simulations = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "lightbus-testing-" + serviceName + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        RUNNING.add(this);
    }

    @Override
    public CompletionStage<Void> publish(OutgoingEvent event) {
        published.add(event);
        return broker.publish(event);
    }

    @Override
    public Duration publishBound() {
        return broker.publishBound();
    }

    @Override
    public ListenerHandle listen(ListenerSpec spec, DeliveryHandler handler) {
        Listening listening = new Listening(spec, handler);
        listeners.add(listening);
        ListenerHandle handle = broker.listen(spec, handler);
        return () -> {
            listeners.remove(listening);
            handle.close();
        };
    }

    @Override
    public CompletionStage<RpcReply> call(RpcRequest request) {
        if (SIMULATING.get()) {
            return serveHere(request);
        }
        calls.add(request);
        for (int i = mocks.size() - 1; i >= 0; i--) { // the latest mock of a call wins
            MockedCall<?> mock = mocks.get(i);
            if (mock.matches(request)) {
                return mock.reply(request);
            }
        }
        if (strictCalls && !servers.containsKey(request.api())) {
            String message = MESSAGES.unexpectedCall(CallText.of(request), TestKitTransportFactory.STRICT_CALLS);
            unexpectedCalls.add(message);
            return CompletableFuture.failedFuture(new AssertionError(message));
        }
        return broker.call(request);
    }

    /** Runs a simulated call on the application's own server, on a thread of the kit, as a broker delivers it. */
    private CompletionStage<RpcReply> serveHere(RpcRequest request) {
        Serving serving = servers.get(request.api());
        if (serving == null) { // the server stopped since the test asked for the simulated caller
            return CompletableFuture.failedFuture(new AssertionError(MESSAGES.noServer(serviceName, request.api(),
                    servers.isEmpty() ? "nothing" : String.join(", ", servers.keySet()))));
        }
        IncomingCall call = new IncomingCall(request.api(), request.procedure(), UUID.randomUUID().toString(),
                request.sourceService(), request.body(), request.headers());
        return CompletableFuture.supplyAsync(() -> serving.handler().handle(call), simulations)
                .thenCompose(reply -> reply);
    }

    /**
     * Runs a task with calls made on this thread going to the application's own servers.
     */
    <T> T simulating(Supplier<T> task) {
        SIMULATING.set(true);
        try {
            return task.get();
        } finally {
            SIMULATING.remove();
        }
    }

    @Override
    public ListenerHandle serve(RpcServerSpec spec, CallHandler handler) {
        Serving serving = new Serving(spec, handler);
        servers.put(spec.api(), serving);
        ListenerHandle handle = broker.serve(spec, handler);
        return () -> {
            servers.remove(spec.api(), serving);
            handle.close();
        };
    }

    @Override
    public Announcement announce(ServiceDescriber describer) {
        return broker.announce(describer);
    }

    @Override
    public ListenerHandle shareSchemas(Map<String, byte[]> owned, Set<String> wanted, SchemaHandler handler) {
        return broker.shareSchemas(owned, wanted, handler);
    }

    /** The health of the transport it passes messages to. */
    @Override
    public TransportHealth health() {
        return broker.health();
    }

    @Override
    public void close() {
        RUNNING.remove(this);
        broker.close();
        simulations.shutdown();
    }

    /**
     * @return the outcome of a task run on a thread of the kit, waited for at most {@code timeout}
     */
    <T> Optional<T> runAside(Supplier<T> task, Duration timeout) throws InterruptedException {
        try {
            return Optional.of(
                    CompletableFuture.supplyAsync(task, simulations).get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    void mock(MockedCall<?> mock) {
        mocks.add(mock);
    }

    void strictCalls(boolean strict) {
        this.strictCalls = strict;
    }

    /** Forgets what was recorded and mocked, and strict calls are as configured again; listeners and servers stay. */
    void reset() {
        strictCalls = configuredStrictCalls;
        published.clear();
        calls.clear();
        mocks.clear();
        unexpectedCalls.clear();
    }

    Transport broker() {
        return broker;
    }

    String brokerName() {
        return brokerName;
    }

    String serviceName() {
        return serviceName;
    }

    List<OutgoingEvent> published() {
        return published;
    }

    List<RpcRequest> calls() {
        return calls;
    }

    List<Listening> listeners() {
        return listeners;
    }

    Map<String, Serving> servers() {
        return servers;
    }

    List<String> unexpectedCalls() {
        return unexpectedCalls;
    }
}
