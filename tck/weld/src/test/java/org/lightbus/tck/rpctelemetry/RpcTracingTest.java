package org.lightbus.tck.rpctelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.lightbus.tck.telemetry.InMemoryTelemetry.assertChild;
import static org.lightbus.tck.telemetry.InMemoryTelemetry.attribute;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.RemoteCallException;
import org.lightbus.tck.contract.AuthApi;
import org.lightbus.tck.support.Broker;
import org.lightbus.tck.telemetry.InMemoryTelemetry;
import org.lightbus.tck.telemetry.OpenTelemetryBean;
import org.lightbus.testing.BusApplication;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;

/**
 * Two applications with OpenTelemetry, through RabbitMQ: {@code web} calls {@code auth.check_password}, which
 * {@code auth} serves. The client span's context travels in the request's headers, so the server span, and the
 * procedure's code, belong to the caller's trace; a procedure that throws fails both spans with the reply's error code.
 */
class RpcTracingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String METHOD_KEY = "rpc.method";

    private final Broker broker = new Broker();
    private final InMemoryTelemetry telemetry = InMemoryTelemetry.install();
    private BusApplication server;
    private BusApplication client;

    @AfterEach
    void tearDown() throws Exception {
        client.close();
        server.close();
        broker.deleteNamespace();
        broker.close();
        telemetry.close();
    }

    @Test
    void aTraceRunsFromACallThroughItsServerAndBack() {
        AuthApi auth = start();

        Span request = telemetry.openTelemetry().getTracer("test").spanBuilder("POST /login").startSpan();
        try (Scope scope = request.makeCurrent()) {
            assertThat(auth.checkPassword("ada", "secret")).isTrue();
        } finally {
            request.end();
        }

        await().atMost(WAIT).until(() -> telemetry.spans("auth.check_password").size() == 2);
        SpanData root = telemetry.span("POST /login", SpanKind.INTERNAL);
        SpanData call = telemetry.span("auth.check_password", SpanKind.CLIENT);
        SpanData served = telemetry.span("auth.check_password", SpanKind.SERVER);
        assertChild(call, root);
        assertChild(served, call);
        assertThat(server.bean(TracedAuthService.class).current()).extracting(SpanContext::getSpanId)
                .containsExactly(served.getSpanId());
        assertThat(List.of(call, served)).allSatisfy(span -> {
            assertThat(attribute(span, "rpc.system.name")).isEqualTo("lightbus");
            assertThat(attribute(span, METHOD_KEY)).isEqualTo("auth.check_password");
            assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        });
        assertThat(telemetry.value("rpc.client.call.duration", METHOD_KEY, "auth.check_password")).isEqualTo(1);
        assertThat(telemetry.value("rpc.server.call.duration", METHOD_KEY, "auth.check_password")).isEqualTo(1);
    }

    @Test
    void aProcedureThatThrowsFailsTheServerAndTheClientSpanWithTheRepliesErrorCode() {
        AuthApi auth = start();

        assertThatThrownBy(() -> auth.checkPassword("", "secret")).isInstanceOf(RemoteCallException.class);

        await().atMost(WAIT).until(() -> telemetry.spans("auth.check_password").size() == 2);
        SpanData call = telemetry.span("auth.check_password", SpanKind.CLIENT);
        SpanData served = telemetry.span("auth.check_password", SpanKind.SERVER);
        assertChild(served, call);
        assertThat(List.of(call, served)).allSatisfy(span -> {
            assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
            assertThat(attribute(span, "error.type")).isEqualTo("LBUS02101");
        });
        assertThat(telemetry.value("rpc.client.call.duration", "error.type", "LBUS02101")).isEqualTo(1);
        assertThat(telemetry.value("rpc.server.call.duration", "error.type", "LBUS02101")).isEqualTo(1);
    }

    private AuthApi start() {
        broker.rpcQueue("auth");
        server = BusApplication.named("auth").in(broker.namespace())
                .with(TracedAuthService.class, OpenTelemetryBean.class).start();
        client = BusApplication.named("web").in(broker.namespace()).with(Caller.class, OpenTelemetryBean.class).start();
        return client.bean(Caller.class).auth();
    }
}
