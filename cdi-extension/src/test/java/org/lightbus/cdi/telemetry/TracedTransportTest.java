package org.lightbus.cdi.telemetry;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.memory.InMemoryBroker;
import org.lightbus.memory.InMemoryTransport;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.ListenerSpec;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.RetryPolicy;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.RpcRequest;
import org.lightbus.spi.RpcServerSpec;
import org.lightbus.spi.Transport;
import org.lightbus.spi.WireHeaders;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;

/**
 * The transport wrapped for OpenTelemetry, over the in-memory broker: the trace context it writes into the headers of
 * events and calls, the spans it makes of what it reads back, and its metrics.
 */
class TracedTransportTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ERROR_CODE = "LBUS09999";

    private final SdkTelemetry telemetry = new SdkTelemetry();
    private final InMemoryBroker broker = InMemoryBroker.named("telemetry-" + UUID.randomUUID());
    private final List<Transport> transports = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        transports.forEach(Transport::close);
        telemetry.close();
    }

    @Test
    void anEventCarriesTheTraceparentOfItsProducerSpanAndTheListenerRunsInAChildConsumerSpan() throws Exception {
        List<IncomingEvent> received = new CopyOnWriteArrayList<>();
        List<SpanContext> current = new CopyOnWriteArrayList<>();
        connect("images").listen(spec("images", "resize", 3), event -> {
            received.add(event);
            current.add(Span.current().getSpanContext());
        });

        connect("auth").publish(event()).toCompletableFuture().get(30, TimeUnit.SECONDS);

        assertThat(broker.awaitIdle(WAIT)).isTrue();
        SpanData send = telemetry.span("send auth.user_signed_up");
        SpanData process = telemetry.span("process auth.user_signed_up");
        assertThat(send.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(received.get(0).headers().get(WireHeaders.TRACEPARENT))
                .startsWith("00-" + send.getTraceId() + "-" + send.getSpanId() + "-");
        assertThat(process.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertChild(process, send);
        assertThat(current).extracting(SpanContext::getSpanId).containsExactly(process.getSpanId());
        assertThat(send.getAttributes().get(AttributeKey.stringKey("messaging.destination.name")))
                .isEqualTo("lightbus.auth");
        assertThat(process.getAttributes().get(AttributeKey.stringKey("messaging.consumer.group.name")))
                .isEqualTo("images.resize");
        assertThat(telemetry.sum("messaging.client.sent.messages")).isEqualTo(1);
        assertThat(telemetry.sum("lightbus.publish.in_flight")).isZero();
        assertThat(telemetry.sum("messaging.client.consumed.messages")).isEqualTo(1);
        assertThat(telemetry.count("messaging.process.duration")).isEqualTo(1);
    }

    @Test
    void everyAttemptOfAFailingListenerIsAChildOfTheProducerAndCountsAsARetryThenADeadLetter() throws Exception {
        connect("images").listen(spec("images", "resize", 2), event -> {
            throw new IllegalStateException("no disk");
        });

        connect("auth").publish(event()).toCompletableFuture().get(30, TimeUnit.SECONDS);

        assertThat(broker.awaitIdle(WAIT)).isTrue();
        SpanData send = telemetry.span("send auth.user_signed_up");
        assertThat(telemetry.spans("process auth.user_signed_up")).hasSize(2).allSatisfy(process -> {
            assertChild(process, send);
            assertThat(process.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
            assertThat(process.getAttributes().get(AttributeKey.stringKey("error.type")))
                    .isEqualTo(IllegalStateException.class.getName());
        });
        assertThat(telemetry.sum("lightbus.listener.retries")).isEqualTo(1);
        assertThat(telemetry.sum("lightbus.listener.dead_letters")).isEqualTo(1);
        assertThat(telemetry.attributes("lightbus.listener.dead_letters"))
                .containsEntry(AttributeKey.stringKey("lightbus.dead_letter.reason"), "listener-failed");
    }

    @Test
    void aCallCarriesTheClientSpansContextToAServerSpanAndAnErrorReplyFailsBoth() throws Exception {
        List<SpanContext> current = new CopyOnWriteArrayList<>();
        connect("auth").serve(new RpcServerSpec("auth", "auth", 1, 1, Duration.ofSeconds(1)), call -> {
            current.add(Span.current().getSpanContext());
            return CompletableFuture.completedFuture(call.procedure().equals("check_password")
                    ? new RpcReply(false, "true".getBytes(UTF_8)) : RpcReply.error(ERROR_CODE, "x.Failure", "no"));
        });
        Transport shop = connect("shop");

        shop.call(request("check_password")).toCompletableFuture().get(30, TimeUnit.SECONDS);
        shop.call(request("profile")).toCompletableFuture().get(30, TimeUnit.SECONDS);

        SpanData client = telemetry.span("auth.check_password", SpanKind.CLIENT);
        SpanData server = telemetry.span("auth.check_password", SpanKind.SERVER);
        assertChild(server, client);
        assertThat(current.get(0).getSpanId()).isEqualTo(server.getSpanId());
        SpanData failedClient = telemetry.span("auth.profile", SpanKind.CLIENT);
        SpanData failedServer = telemetry.span("auth.profile", SpanKind.SERVER);
        assertChild(failedServer, failedClient);
        assertThat(List.of(failedClient, failedServer)).allSatisfy(span -> {
            assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
            assertThat(span.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo(ERROR_CODE);
        });
        assertThat(telemetry.count("rpc.client.call.duration")).isEqualTo(2);
        assertThat(telemetry.count("rpc.server.call.duration")).isEqualTo(2);
    }

    @Test
    void aFailedPublishEndsItsSpanWithTheErrorAndIsCountedAsSuchAndTheCallerGetsTheSameException() {
        Transport closed = connect("auth");
        closed.close();

        assertThatThrownBy(() -> closed.publish(event()).toCompletableFuture().get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(org.lightbus.api.LightbusException.class);

        SpanData send = telemetry.span("send auth.user_signed_up");
        assertThat(send.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(send.getAttributes().get(AttributeKey.stringKey("error.type"))).startsWith("LBUS");
        assertThat(telemetry.attributes("messaging.client.sent.messages"))
                .containsKey(AttributeKey.stringKey("error.type"));
        assertThat(telemetry.sum("lightbus.publish.in_flight")).isZero();
    }

    @Test
    void theTransportItTracesCanBeFoundThroughIt() {
        Transport traced = connect("auth");

        assertThat(traced.unwrap(InMemoryTransport.class)).isPresent().get().isNotSameAs(traced);
        assertThat(traced.unwrap(TracedTransport.class)).get().isSameAs(traced);
        assertThat(traced.unwrap(RecordingOnly.class)).isEmpty();
    }

    /** A transport type that is not in the chain. */
    private interface RecordingOnly extends Transport {
    }

    private static void assertChild(SpanData child, SpanData parent) {
        assertThat(child.getTraceId()).as("trace of " + child.getName()).isEqualTo(parent.getTraceId());
        assertThat(child.getParentSpanId()).as("parent of " + child.getName()).isEqualTo(parent.getSpanId());
    }

    private Transport connect(String service) {
        Instruments instruments = new Instruments(telemetry.sdk());
        Transport transport = new TracedTransport(broker.connect(service), () -> instruments,
                new Telemetry.Application("in-memory", "lightbus", body -> ERROR_CODE, "LBUS02103"));
        transports.add(transport);
        return transport;
    }

    private static ListenerSpec spec(String service, String listener, int attempts) {
        return new ListenerSpec(service, listener, "auth", "user_signed_up",
                new RetryPolicy(attempts, Duration.ofMillis(10), 2.0, Duration.ofSeconds(1)), 1);
    }

    private static OutgoingEvent event() {
        return new OutgoingEvent("auth", "user_signed_up", UUID.randomUUID().toString(), "auth", Instant.now(),
                "{}".getBytes(UTF_8), Map.of());
    }

    private static RpcRequest request(String procedure) {
        return new RpcRequest("auth", procedure, "shop", "[]".getBytes(UTF_8), Duration.ofSeconds(30));
    }
}
