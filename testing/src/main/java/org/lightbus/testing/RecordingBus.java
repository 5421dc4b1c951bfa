package org.lightbus.testing;

import static org.lightbus.testing.TestKitMessages.MESSAGES;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.assertj.core.api.Condition;
import org.lightbus.api.LightbusConfig;
import org.lightbus.cdi.model.ApiType;
import org.lightbus.cdi.model.ApiTypes;
import org.lightbus.cdi.model.EventType;
import org.lightbus.cdi.model.Procedure;
import org.lightbus.cdi.runtime.BusConnection;
import org.lightbus.cdi.runtime.RpcClientHandler;
import org.lightbus.memory.InMemoryBroker;
import org.lightbus.memory.InMemoryTransport;
import org.lightbus.memory.ListenerOutcome;
import org.lightbus.memory.ListenerRun;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.Transport;

/**
 * The {@link TestBus} of an application, on the test kit's {@link RecordingTransport}.
 */
@ApplicationScoped
class RecordingBus implements TestBus {

    /** How long a simulated event or call may take to settle. */
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(60);

    /** The source service of simulated events and calls. */
    static final String SIMULATED_SOURCE = "lightbus-testing";

    /**
     * Looked up rather than injected by type: weld-junit5 would add the type of an injected field as a bean class, a
     * second time beside the Lightbus extension's own.
     */
    @Inject
    Instance<Object> beans;

    private BusConnection connection;

    @PostConstruct
    void lookUpConnection() {
        connection = beans.select(BusConnection.class).get();
    }

    // ---- events the application fired

    @Override
    public <T> List<T> fired(Class<T> type) {
        return firedEvents().of(type);
    }

    @Override
    public void assertFired(Object event) {
        assertFired(event, Times.once());
    }

    @Override
    public void assertFired(Object event, Times times) {
        firedEvents().assertFired(event, times);
    }

    @Override
    public <T> void assertFired(Class<T> type, Times times) {
        firedEvents().assertFired(type, event -> true, "", times);
    }

    @Override
    public <T> void assertFired(Class<T> type, Predicate<? super T> matching) {
        assertFired(type, matching, Times.once());
    }

    @Override
    public <T> void assertFired(Class<T> type, Predicate<? super T> matching, Times times) {
        firedEvents().assertFired(type, matching, " matching the predicate", times);
    }

    @Override
    public <T> void assertFired(Class<T> type, Condition<? super T> condition) {
        assertFired(type, condition, Times.once());
    }

    @Override
    public <T> void assertFired(Class<T> type, Condition<? super T> condition, Times times) {
        firedEvents().assertFired(type, condition::matches, " matching " + condition.description().value(), times);
    }

    @Override
    public void assertNotFired(Object event) {
        assertFired(event, Times.never());
    }

    @Override
    public void assertNotFired(Class<?> type) {
        assertFired(type, Times.never());
    }

    @Override
    public <T> void assertNotFired(Class<T> type, Predicate<? super T> matching) {
        assertFired(type, matching, Times.never());
    }

    // ---- calls the application made

    @Override
    public List<RecordedCall> calls(Class<?> api) {
        return madeCalls().of(apiType(api));
    }

    @Override
    public <A> A assertCalled(Class<A> api) {
        return assertCalled(api, Times.once());
    }

    @Override
    public <A> A assertCalled(Class<A> api, Times times) {
        ApiType apiType = apiType(api);
        Objects.requireNonNull(times, "times");
        return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] { api }, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(this, args);
            }
            madeCalls().assertCalled(apiType, apiType.byMethod().get(method), args == null ? new Object[0] : args,
                    times);
            return Invocation.defaultValue(method.getReturnType());
        }));
    }

    @Override
    public <A> A assertNotCalled(Class<A> api) {
        return assertCalled(api, Times.never());
    }

    // ---- answers to the application's calls

    @Override
    public <A, R> MockedCall<R> mock(Class<A> api, Function<A, R> call) {
        ApiType apiType = apiType(api);
        Invocation invocation = Invocation.capture(api, call);
        if (invocation == null) {
            throw new IllegalArgumentException(MESSAGES.noProcedureCalled("mock", api.getName()));
        }
        Procedure procedure = apiType.byMethod().get(invocation.method());
        return new MockedCall<>(recording(), connection.codec(), apiType.name(), procedure,
                values().argumentsTree(invocation.arguments()));
    }

    @Override
    public void strictCalls(boolean strict) {
        recording().strictCalls(strict);
    }

    @Override
    public void assertNoUnexpectedCalls() {
        List<String> unexpected = recording().unexpectedCalls();
        if (!unexpected.isEmpty()) {
            throw new AssertionError(String.join("\n", unexpected));
        }
    }

    // ---- simulated events and calls

    @Override
    public Simulation simulate(Object event) {
        Objects.requireNonNull(event, "event");
        EventType eventType = firedEvents().eventType(event.getClass());
        RecordingTransport recording = recording();
        IncomingEvent incoming = new IncomingEvent(eventType.api(), eventType.name(), "simulated-" + UUID.randomUUID(),
                SIMULATED_SOURCE, Instant.now(), 1, values().encode(event));
        List<RecordingTransport.Listening> targets = recording.listeners().stream()
                .filter(l -> l.spec().api().equals(eventType.api()) && l.spec().eventName().equals(eventType.name()))
                .toList();
        if (targets.isEmpty()) {
            throw new AssertionError(MESSAGES.noListener(recording.serviceName(), eventType.fullName(),
                    recording.listeners().stream().map(
                            l -> l.spec().listenerName() + " (" + l.spec().api() + "." + l.spec().eventName() + ")")
                            .collect(Collectors.joining(", "))));
        }
        List<ListenerOutcome> outcomes = new ArrayList<>();
        for (RecordingTransport.Listening target : targets) {
            outcomes.add(settled(eventType.fullName(),
                    () -> ListenerRun.deliver(target.spec(), target.handler(), incoming)));
        }
        return new Simulation(eventType.fullName() + " " + event, outcomes);
    }

    @Override
    public <A> A simulateCall(Class<A> api) {
        ApiType apiType = apiType(api);
        RecordingTransport recording = recording();
        if (!recording.servers().containsKey(apiType.name())) {
            throw new AssertionError(MESSAGES.noServer(recording.serviceName(), apiType.name(),
                    recording.servers().isEmpty() ? "nothing" : String.join(", ", recording.servers().keySet())));
        }
        Object client = RpcClientHandler.proxy(apiType, connection);
        return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] { api }, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(client, args);
            }
            return recording.simulating(() -> invoke(client, method, args));
        }));
    }

    private static Object invoke(Object client, java.lang.reflect.Method method, Object[] args) {
        try {
            return method.invoke(client, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the in-memory broker

    @Override
    public InMemoryBroker broker() {
        RecordingTransport recording = recording();
        if (recording.broker() instanceof InMemoryTransport memory) {
            return memory.broker();
        }
        throw new IllegalStateException(MESSAGES.needsInMemory("broker()", recording.serviceName(),
                recording.brokerName(), TestKitTransportFactory.BROKER));
    }

    @Override
    public void awaitIdle() {
        InMemoryBroker broker = broker();
        try {
            if (!broker.awaitIdle(SETTLE_TIMEOUT)) {
                throw new AssertionError(MESSAGES.notIdle(broker.namespace(), SETTLE_TIMEOUT.toSeconds()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(MESSAGES.notIdle(broker.namespace(), 0), e);
        }
    }

    @Override
    public void reset() {
        RecordingTransport recording = recording();
        recording.reset();
        if (recording.broker() instanceof InMemoryTransport memory) {
            memory.broker().reset();
        }
    }

    // ---- helpers

    private RecordingTransport recording() {
        // beneath the tracing, where OpenTelemetry is on
        Transport transport = connection.untracedTransport();
        if (transport instanceof RecordingTransport recording) {
            return recording;
        }
        throw new IllegalStateException(MESSAGES.notRecording(connection.serviceName(), transport.getClass().getName(),
                LightbusConfig.TRANSPORT, LightbusConfig.TRANSPORT, TestKitTransportFactory.BROKER));
    }

    private ListenerOutcome settled(String what, Supplier<ListenerOutcome> delivery) {
        try {
            return recording().runAside(delivery, SETTLE_TIMEOUT)
                    .orElseThrow(() -> new AssertionError(MESSAGES.notSettled(what, SETTLE_TIMEOUT.toSeconds())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(MESSAGES.notSettled(what, 0), e);
        }
    }

    private ApiType apiType(Class<?> api) {
        ApiTypes.Inspection inspection = connection.apiTypes().inspect(Objects.requireNonNull(api, "api"));
        if (!inspection.isValid()) {
            throw new IllegalArgumentException(
                    MESSAGES.notAnApi(api.getName(), String.join("; ", inspection.problems())));
        }
        return inspection.apiType();
    }

    private FiredEvents firedEvents() {
        return new FiredEvents(recording().published(), connection.eventTypes(), values());
    }

    private MadeCalls madeCalls() {
        return new MadeCalls(recording().calls(), values());
    }

    private WireValues values() {
        return new WireValues(connection.codec());
    }
}
