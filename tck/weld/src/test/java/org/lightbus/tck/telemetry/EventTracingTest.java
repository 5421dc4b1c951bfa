package org.lightbus.tck.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lightbus.tck.telemetry.InMemoryTelemetry.assertChild;
import static org.lightbus.tck.telemetry.InMemoryTelemetry.attribute;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.tck.support.Broker;
import org.lightbus.testing.BusApplication;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;

/**
 * Three applications with OpenTelemetry, through RabbitMQ: {@code signup} fires an event that {@code images} and
 * {@code mailer} listen to. The trace context travels in the message headers, so one trace runs from the code that
 * fires through the producer span, a consumer span per listener, and the spans the listeners' code makes; the metrics
 * count what was sent, delivered, retried and dead-lettered.
 */
class EventTracingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String EXCHANGE_KEY = "messaging.destination.name";
    private static final String GROUP_KEY = "messaging.consumer.group.name";

    private final Broker broker = new Broker();
    private final InMemoryTelemetry telemetry = InMemoryTelemetry.install();
    private final List<BusApplication> applications = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        applications.forEach(BusApplication::close);
        broker.deleteNamespace();
        broker.close();
        telemetry.close();
    }

    @Test
    void aTraceRunsFromFireThroughEveryListenerIntoItsCode() {
        start("images", Images.class);
        start("mailer", Mailer.class);
        BusApplication signup = start("signup", Signup.class);

        Span request = telemetry.openTelemetry().getTracer("test").spanBuilder("POST /signup").startSpan();
        try (Scope scope = request.makeCurrent()) {
            signup.bean(Signup.class).signUp("ada");
        } finally {
            request.end();
        }

        await().atMost(WAIT).until(() -> telemetry.spans("process auth.user_signed_up").size() == 2);
        SpanData root = telemetry.span("POST /signup", SpanKind.INTERNAL);
        SpanData send = telemetry.span("send auth.user_signed_up", SpanKind.PRODUCER);
        assertChild(send, root);
        assertThat(attribute(send, "messaging.system")).isEqualTo("rabbitmq");
        assertThat(attribute(send, EXCHANGE_KEY)).isEqualTo(broker.namespace() + ".auth");
        assertThat(attribute(send, "messaging.rabbitmq.destination.routing_key")).isEqualTo("user_signed_up");
        List<SpanData> processes = telemetry.spans("process auth.user_signed_up");
        assertThat(processes).allSatisfy(process -> {
            assertThat(process.getKind()).isEqualTo(SpanKind.CONSUMER);
            assertChild(process, send);
        });
        assertThat(processes).extracting(process -> attribute(process, GROUP_KEY))
                .containsExactlyInAnyOrder("images.Images.resizeAvatar", "mailer.welcome-email");
        assertChild(telemetry.span("resize ada", SpanKind.INTERNAL), process("images.Images.resizeAvatar"));
        assertChild(telemetry.span("mail ada", SpanKind.INTERNAL), process("mailer.welcome-email"));

        String exchange = broker.namespace() + ".auth";
        assertThat(telemetry.value("messaging.client.sent.messages", EXCHANGE_KEY, exchange)).isEqualTo(1);
        assertThat(telemetry.value("messaging.client.operation.duration", EXCHANGE_KEY, exchange)).isEqualTo(1);
        assertThat(telemetry.value("lightbus.publish.in_flight", EXCHANGE_KEY, exchange)).isZero();
        assertThat(telemetry.value("messaging.client.consumed.messages", GROUP_KEY, "images.Images.resizeAvatar"))
                .isEqualTo(1);
        assertThat(telemetry.value("messaging.client.consumed.messages", GROUP_KEY, "mailer.welcome-email"))
                .isEqualTo(1);
        assertThat(telemetry.value("messaging.process.duration", GROUP_KEY, "images.Images.resizeAvatar")).isEqualTo(1);
    }

    @Test
    void everyAttemptOfAFailingListenerIsInTheSendersTraceAndTheRetryAndDeadLetterAreCounted() {
        start("mailer", Mailer.class);
        BusApplication signup = start("signup", Signup.class);

        signup.bean(Signup.class).signUp("poison-ivy");

        await().atMost(WAIT).until(() -> telemetry.points("lightbus.listener.dead_letters").size() == 1);
        SpanData send = telemetry.span("send auth.user_signed_up", SpanKind.PRODUCER);
        List<SpanData> attempts = telemetry.spans("process auth.user_signed_up");
        assertThat(attempts).hasSize(2).allSatisfy(attempt -> {
            assertChild(attempt, send);
            assertThat(attempt.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
            assertThat(attribute(attempt, "error.type")).isEqualTo(IllegalStateException.class.getName());
        });
        assertThat(telemetry.value("lightbus.listener.retries", GROUP_KEY, "mailer.welcome-email")).isEqualTo(1);
        assertThat(telemetry.value("lightbus.listener.dead_letters", "lightbus.dead_letter.reason", "listener-failed"))
                .isEqualTo(1);
    }

    @Test
    void aPublisherWithTelemetryOffSendsNoTraceContextAndTheListenerStartsATraceOfItsOwn() {
        start("images", Images.class);
        BusApplication signup = BusApplication.named("signup").in(broker.namespace())
                .with(Signup.class, OpenTelemetryBean.class).config("lightbus.owned-apis", "auth")
                .config("lightbus.telemetry.enabled", "false").start();
        applications.add(signup);

        signup.bean(Signup.class).signUp("bob");

        await().atMost(WAIT).until(() -> telemetry.spans("resize bob").size() == 1);
        assertThat(telemetry.spans("send auth.user_signed_up")).isEmpty();
        SpanData process = telemetry.span("process auth.user_signed_up", SpanKind.CONSUMER);
        assertThat(process.getParentSpanContext().isValid()).isFalse();
        assertThat(telemetry.points("messaging.client.sent.messages")).isEmpty();
    }

    private SpanData process(String group) {
        return telemetry.spans("process auth.user_signed_up").stream()
                .filter(span -> group.equals(attribute(span, GROUP_KEY))).findFirst().orElseThrow();
    }

    private BusApplication start(String service, Class<?> bean) {
        broker.exchange("auth");
        broker.listenerQueue("images", "Images.resizeAvatar");
        broker.listenerQueue("mailer", "welcome-email");
        BusApplication.Builder builder = BusApplication.named(service).in(broker.namespace())
                .with(bean, OpenTelemetryBean.class).config("lightbus.listener.max-attempts", "2")
                .config("lightbus.listener.initial-backoff", "10ms");
        if (bean == Signup.class) {
            builder.config("lightbus.owned-apis", "auth");
        }
        BusApplication application = builder.start();
        applications.add(application);
        return application;
    }
}
