package org.lightbus.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.LightbusException;
import org.lightbus.spi.DeadLetterReason;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.InvalidEventException;
import org.lightbus.spi.ListenerHandle;
import org.lightbus.spi.ListenerSpec;
import org.lightbus.spi.NotHandledException;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.RetryPolicy;

/** The event semantics of the in-memory broker: the same as on RabbitMQ, minus the backoff waits. */
class InMemoryEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final RetryPolicy THREE_ATTEMPTS = new RetryPolicy(3, Duration.ofMillis(100), 2.0,
            Duration.ofSeconds(1));

    private final InMemoryBroker broker = InMemoryBroker.named("events-" + UUID.randomUUID());
    private final List<InMemoryTransport> transports = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        transports.forEach(InMemoryTransport::close);
    }

    @Test
    void everyListenerGetsEveryEventAndInstancesOfAServiceShareThem() throws Exception {
        List<String> first = new CopyOnWriteArrayList<>();
        List<String> second = new CopyOnWriteArrayList<>();
        List<String> mailer = new CopyOnWriteArrayList<>();
        connect("images").listen(spec("images", "resize", 1), event -> first.add(event.messageId()));
        connect("images").listen(spec("images", "resize", 1), event -> second.add(event.messageId()));
        connect("mailer").listen(spec("mailer", "welcome", 1), event -> mailer.add(event.messageId()));
        InMemoryTransport publisher = connect("auth");

        for (int i = 0; i < 10; i++) {
            publisher.publish(event("e" + i)).toCompletableFuture().get(30, TimeUnit.SECONDS);
        }

        assertThat(broker.awaitIdle(WAIT)).isTrue();
        assertThat(mailer).hasSize(10);
        assertThat(first).isNotEmpty().doesNotContainAnyElementsOf(second);
        assertThat(second).isNotEmpty();
        assertThat(first.size() + second.size()).isEqualTo(10);
    }

    @Test
    void theTraceContextHeadersReachEveryAttempt() throws Exception {
        List<IncomingEvent> attempts = new CopyOnWriteArrayList<>();
        connect("images").listen(spec("images", "resize", 2), event -> {
            attempts.add(event);
            throw new IllegalStateException("fails");
        });
        Map<String, String> trace = Map.of("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        connect("auth").publish(event("e1").withHeaders(trace)).toCompletableFuture().get(30, TimeUnit.SECONDS);

        assertThat(broker.awaitIdle(WAIT)).isTrue();
        assertThat(attempts).extracting(IncomingEvent::attempt).containsExactly(1, 2);
        assertThat(attempts).allSatisfy(attempt -> assertThat(attempt.headers()).isEqualTo(trace));
    }

    @Test
    void listenersRunOnTheTransportsThreadsOneEventAtATime() throws Exception {
        List<String> threads = new CopyOnWriteArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        connect("images").listen(spec("images", "resize", 1), event -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            threads.add(Thread.currentThread().getName());
            running.decrementAndGet();
        });
        InMemoryTransport publisher = connect("auth");
        for (int i = 0; i < 20; i++) {
            publisher.publish(event("e" + i));
        }

        assertThat(broker.awaitIdle(WAIT)).isTrue();
        assertThat(threads).hasSize(20).allSatisfy(name -> assertThat(name).startsWith("lightbus-memory-images-"));
        assertThat(most).hasValue(1);
    }

    @Test
    void eventsWaitInTheQueueWhileNoInstanceListens() throws Exception {
        InMemoryTransport images = connect("images");
        ListenerHandle handle = images.listen(spec("images", "resize", 1), event -> {
        });
        handle.close();
        InMemoryTransport publisher = connect("auth");
        publisher.publish(event("a"));
        publisher.publish(event("b"));

        assertThat(broker.waiting("images", "resize")).isEqualTo(2);
        List<String> received = new CopyOnWriteArrayList<>();
        connect("images").listen(spec("images", "resize", 1), event -> received.add(event.messageId()));

        assertThat(broker.awaitIdle(WAIT)).isTrue();
        assertThat(received).containsExactly("a", "b");
        assertThat(broker.waiting("images", "resize")).isZero();
    }

    @Test
    void aFailureIsRetriedAtOnceUntilTheListenerSucceeds() throws Exception {
        List<Integer> attempts = new CopyOnWriteArrayList<>();
        connect("images").listen(spec("images", "resize", 3), event -> {
            attempts.add(event.attempt());
            if (event.attempt() < 3) {
                throw new IllegalStateException("not yet");
            }
        });

        connect("auth").publish(event("a"));

        assertThat(broker.awaitIdle(WAIT)).isTrue();
        assertThat(attempts).containsExactly(1, 2, 3);
        assertThat(broker.deadLetters("images")).isEmpty();
    }

    @Test
    void anEventIsDeadLetteredOnceItsAttemptsAreUsedUp() throws Exception {
        connect("images").listen(spec("images", "resize", 3), event -> {
            throw new IllegalStateException("disk full");
        });

        connect("auth").publish(event("a"));

        assertThat(broker.awaitIdle(WAIT)).isTrue();
        assertThat(broker.deadLetters("images")).singleElement().satisfies(letter -> {
            assertThat(letter.listener()).isEqualTo("images.resize");
            assertThat(letter.reason()).isEqualTo(DeadLetterReason.LISTENER_FAILED);
            assertThat(letter.attempts()).isEqualTo(3);
            assertThat(letter.errorType()).isEqualTo(IllegalStateException.class.getName());
            assertThat(letter.errorMessage()).isEqualTo("disk full");
            assertThat(letter.event().messageId()).isEqualTo("a");
        });
    }

    @Test
    void anInvalidEventIsDeadLetteredWithoutRetry() {
        ListenerOutcome outcome = ListenerRun.deliver(spec("images", "resize", 3), event -> {
            throw new InvalidEventException("$.username: null found, string expected");
        }, incoming("a"));

        assertThat(outcome.attempts()).isEqualTo(1);
        assertThat(outcome.deadLetterReason()).contains(DeadLetterReason.INVALID);
        assertThat(outcome.skippedBackoffs()).isEmpty();
    }

    @Test
    void aMessageLargerThanTheListenerTakesIsDeadLetteredUnread() {
        AtomicInteger calls = new AtomicInteger();
        ListenerSpec small = new ListenerSpec("images", "resize", "auth", "user_signed_up", THREE_ATTEMPTS, 1, 4);

        ListenerOutcome outcome = ListenerRun.deliver(small, event -> calls.incrementAndGet(), incoming("a"));

        assertThat(calls).hasValue(0);
        assertThat(outcome.deadLetterReason()).contains(DeadLetterReason.TOO_LARGE);
        assertThat(outcome.error()).get().asString().contains("LBUS04000")
                .contains("lightbus.listener.resize.max-message-size");
    }

    @Test
    void theSkippedBackoffsAreThoseOfThePolicy() {
        ListenerOutcome outcome = ListenerRun.deliver(spec("images", "resize", 3), event -> {
            throw new IllegalStateException("down");
        }, incoming("a"));

        assertThat(outcome.skippedBackoffs()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void aClosedTransportRefusesToPublish() {
        InMemoryTransport auth = connect("auth");
        auth.close();

        assertThatThrownBy(() -> auth.publish(event("a")).toCompletableFuture().get())
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(LightbusException.class)
                .hasMessage("LBUS04004: The in-memory transport of auth is closed");
    }

    @Test
    void anEventGivenBackByAStoppingInstanceGoesToAnotherUncounted() throws Exception {
        List<Integer> attempts = new CopyOnWriteArrayList<>();
        connect("images").listen(spec("images", "resize", 1), event -> {
            throw new NotHandledException("stopping");
        });
        InMemoryTransport publisher = connect("auth");
        publisher.publish(event("e1")).toCompletableFuture().get(30, TimeUnit.SECONDS);
        assertThat(broker.awaitIdle(WAIT)).isTrue();
        assertThat(broker.waiting("images", "resize")).isOne();

        connect("images").listen(spec("images", "resize", 1), event -> attempts.add(event.attempt()));

        assertThat(broker.awaitIdle(WAIT)).isTrue();
        assertThat(attempts).containsExactly(1);
        assertThat(broker.deadLetters("images")).isEmpty();
    }

    private InMemoryTransport connect(String service) {
        InMemoryTransport transport = broker.connect(service);
        transports.add(transport);
        return transport;
    }

    private static ListenerSpec spec(String service, String listener, int attempts) {
        return new ListenerSpec(service, listener, "auth", "user_signed_up",
                new RetryPolicy(attempts, Duration.ofMillis(100), 2.0, Duration.ofSeconds(1)), 1);
    }

    private static OutgoingEvent event(String id) {
        return new OutgoingEvent("auth", "user_signed_up", id, "auth", Instant.now(),
                "{\"username\":\"ada\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static IncomingEvent incoming(String id) {
        OutgoingEvent event = event(id);
        return new IncomingEvent(event.api(), event.eventName(), id, event.sourceService(), event.timestamp(), 1,
                event.body());
    }
}
