package org.lightbus.testing;

import static org.lightbus.testing.TestKitMessages.MESSAGES;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.assertj.core.api.Condition;
import org.lightbus.api.LightbusConfig;
import org.lightbus.cdi.codec.JsonCodec;
import org.lightbus.cdi.model.ApiType;
import org.lightbus.cdi.model.ApiTypes;
import org.lightbus.cdi.model.EventType;
import org.lightbus.cdi.model.EventTypes;
import org.lightbus.cdi.model.Procedure;
import org.lightbus.cdi.runtime.BusConnection;
import org.lightbus.cdi.runtime.RpcClientHandler;
import org.lightbus.memory.InMemoryBroker;
import org.lightbus.memory.InMemoryTransport;
import org.lightbus.memory.ListenerOutcome;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.RpcRequest;
import org.lightbus.spi.Transport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

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
        EventType eventType = eventType(type);
        return firedOf(eventType).stream().map(event -> decode(event, type)).toList();
    }

    @Override
    public void assertFired(Object event) {
        assertFired(event, Times.once());
    }

    @Override
    public void assertFired(Object event, Times times) {
        Objects.requireNonNull(event, "event");
        EventType eventType = eventType(event.getClass());
        JsonNode expected = tree(event);
        List<Report.Candidate> fired = candidates(firedOf(eventType), event.getClass());
        long count = fired.stream().filter(candidate -> candidate.tree().equals(expected)).count();
        if (!times.allows((int) count)) {
            String first = MESSAGES.firedCount(eventType.fullName() + " " + event, times.toString(),
                    Times.plural((int) count));
            throw new AssertionError(first + "\n" + (fired.isEmpty() ? nothingOfType(eventType)
                    : Report.closest("Fired " + eventType.fullName() + " events", expected, fired)));
        }
    }

    @Override
    public <T> void assertFired(Class<T> type, Times times) {
        assertFired(type, event -> true, "", times);
    }

    @Override
    public <T> void assertFired(Class<T> type, Predicate<? super T> matching) {
        assertFired(type, matching, Times.once());
    }

    @Override
    public <T> void assertFired(Class<T> type, Predicate<? super T> matching, Times times) {
        assertFired(type, matching, " matching the predicate", times);
    }

    @Override
    public <T> void assertFired(Class<T> type, Condition<? super T> condition) {
        assertFired(type, condition, Times.once());
    }

    @Override
    public <T> void assertFired(Class<T> type, Condition<? super T> condition, Times times) {
        assertFired(type, condition::matches, " matching " + condition.description().value(), times);
    }

    private <T> void assertFired(Class<T> type, Predicate<? super T> matching, String description, Times times) {
        EventType eventType = eventType(type);
        List<OutgoingEvent> fired = firedOf(eventType);
        long count = fired.stream().map(event -> decode(event, type)).filter(matching).count();
        if (!times.allows((int) count)) {
            String first = MESSAGES.firedCount(eventType.fullName() + description, times.toString(),
                    Times.plural((int) count));
            throw new AssertionError(first + "\n" + (fired.isEmpty() ? nothingOfType(eventType)
                    : Report.list("Fired " + eventType.fullName() + " events", candidates(fired, type))));
        }
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
        ApiType apiType = apiType(api);
        List<RecordedCall> calls = new ArrayList<>();
        for (RpcRequest request : recording().calls()) {
            Procedure procedure = apiType.procedures().get(request.procedure());
            if (request.api().equals(apiType.name()) && procedure != null) {
                calls.add(new RecordedCall(apiType.name(), procedure.name(), procedure.method().getName(),
                        Arrays.asList(arguments(request, procedure))));
            }
        }
        return calls;
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
            Procedure procedure = apiType.byMethod().get(method);
            checkCalled(apiType, procedure, args == null ? new Object[0] : args, times);
            return Invocation.defaultValue(method.getReturnType());
        }));
    }

    @Override
    public <A> A assertNotCalled(Class<A> api) {
        return assertCalled(api, Times.never());
    }

    private void checkCalled(ApiType api, Procedure procedure, Object[] arguments, Times times) {
        JsonNode expected = argumentsTree(arguments);
        String name = api.fullName(procedure.name());
        List<Report.Candidate> made = new ArrayList<>();
        for (RpcRequest request : recording().calls()) {
            if (request.api().equals(api.name()) && request.procedure().equals(procedure.name())) {
                JsonNode tree = readTree(request.body());
                made.add(new Report.Candidate(CallText.arguments(tree), tree));
            }
        }
        long count = made.stream().filter(call -> call.tree().equals(expected)).count();
        if (!times.allows((int) count)) {
            String first = MESSAGES.calledCount(CallText.of(api.name(), procedure.name(), expected), times.toString(),
                    Times.plural((int) count));
            String calls = Report.counts(recording().calls().stream().map(r -> r.api() + "." + r.procedure()).toList());
            throw new AssertionError(
                    first + "\n" + (made.isEmpty() ? "No call of " + name + " was made. Calls made: " + calls
                            : Report.closest("Calls of " + name + " made", expected, made)));
        }
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
                argumentsTree(invocation.arguments()));
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
        EventType eventType = eventType(event.getClass());
        RecordingTransport recording = recording();
        IncomingEvent incoming = new IncomingEvent(eventType.api(), eventType.name(), "simulated-" + UUID.randomUUID(),
                SIMULATED_SOURCE, Instant.now(), 1, encode(event));
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
                    () -> org.lightbus.memory.ListenerRun.deliver(target.spec(), target.handler(), incoming)));
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
        Transport transport = connection.transport();
        if (transport instanceof RecordingTransport recording) {
            return recording;
        }
        throw new IllegalStateException(MESSAGES.notRecording(connection.serviceName(), transport.getClass().getName(),
                LightbusConfig.TRANSPORT, LightbusConfig.TRANSPORT, TestKitTransportFactory.BROKER));
    }

    private ListenerOutcome settled(String what, java.util.function.Supplier<ListenerOutcome> delivery) {
        try {
            return recording().runAside(delivery, SETTLE_TIMEOUT)
                    .orElseThrow(() -> new AssertionError(MESSAGES.notSettled(what, SETTLE_TIMEOUT.toSeconds())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(MESSAGES.notSettled(what, 0), e);
        }
    }

    private EventType eventType(Class<?> type) {
        EventTypes.Inspection inspection = connection.eventTypes().inspect(Objects.requireNonNull(type, "type"));
        if (!inspection.isValid()) {
            throw new IllegalArgumentException(
                    MESSAGES.notAnEvent(type.getName(), String.join("; ", inspection.problems())));
        }
        return inspection.eventType();
    }

    private ApiType apiType(Class<?> api) {
        ApiTypes.Inspection inspection = connection.apiTypes().inspect(Objects.requireNonNull(api, "api"));
        if (!inspection.isValid()) {
            throw new IllegalArgumentException(
                    MESSAGES.notAnApi(api.getName(), String.join("; ", inspection.problems())));
        }
        return inspection.apiType();
    }

    private List<OutgoingEvent> firedOf(EventType eventType) {
        return recording().published().stream()
                .filter(event -> event.api().equals(eventType.api()) && event.eventName().equals(eventType.name()))
                .toList();
    }

    private String nothingOfType(EventType eventType) {
        return "No " + eventType.fullName() + " was fired. Events fired: " + Report
                .counts(recording().published().stream().map(event -> event.api() + "." + event.eventName()).toList());
    }

    private List<Report.Candidate> candidates(List<OutgoingEvent> events, Class<?> type) {
        return events.stream().map(event -> {
            JsonNode tree = readTree(event.body());
            String text;
            try {
                text = String.valueOf(codec().decode(event.body(), type));
            } catch (IOException | RuntimeException e) {
                text = tree.toString();
            }
            return new Report.Candidate(text, tree);
        }).toList();
    }

    private <T> T decode(OutgoingEvent event, Class<T> type) {
        try {
            return codec().decode(event.body(), type);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot decode " + event.api() + "." + event.eventName() + ": " + e, e);
        }
    }

    private Object[] arguments(RpcRequest request, Procedure procedure) {
        try {
            return codec().decodeArguments(request.body(), procedure.parameterTypes());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot decode the arguments of " + CallText.of(request) + ": " + e, e);
        }
    }

    private byte[] encode(Object event) {
        try {
            return codec().encode(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot encode " + event + ": " + e.getMessage(), e);
        }
    }

    /** The value as it travels: encoded, then read back as a listener's codec reads it. */
    private JsonNode tree(Object value) {
        return readTree(encode(value));
    }

    private JsonNode argumentsTree(Object[] arguments) {
        try {
            return readTree(codec().encodeArguments(arguments));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot encode the arguments " + Arrays.toString(arguments), e);
        }
    }

    private JsonNode readTree(byte[] json) {
        try {
            return codec().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + e.getMessage(), e);
        }
    }

    private JsonCodec codec() {
        return connection.codec();
    }
}
