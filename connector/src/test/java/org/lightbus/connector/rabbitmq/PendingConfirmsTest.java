package org.lightbus.connector.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.PublishException;

class PendingConfirmsTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    private PendingConfirms pending(Duration timeout) {
        return new PendingConfirms(timeout, scheduler, Runnable::run);
    }

    private static MessageRef ref(int n) {
        return new MessageRef("auth", "user_signed_up", "m-" + n);
    }

    @Test
    void ackCompletesOnlyItsOwnPublish() {
        PendingConfirms pending = pending(Duration.ofMinutes(1));
        CompletableFuture<Void> first = pending.add(1, ref(1));
        CompletableFuture<Void> second = pending.add(2, ref(2));

        pending.ack(2, false);

        assertThat(second).isCompleted();
        assertThat(first).isNotDone();
        assertThat(pending.size()).isEqualTo(1);
    }

    @Test
    void multipleAckCompletesEveryPublishUpToTheTag() {
        PendingConfirms pending = pending(Duration.ofMinutes(1));
        CompletableFuture<Void> first = pending.add(1, ref(1));
        CompletableFuture<Void> second = pending.add(2, ref(2));
        CompletableFuture<Void> third = pending.add(3, ref(3));

        pending.ack(2, true);

        assertThat(first).isCompleted();
        assertThat(second).isCompleted();
        assertThat(third).isNotDone();
    }

    @Test
    void nackFailsWithAPublishExceptionNamingTheEvent() {
        PendingConfirms pending = pending(Duration.ofMinutes(1));
        CompletableFuture<Void> first = pending.add(1, ref(1));
        CompletableFuture<Void> second = pending.add(2, ref(2));

        pending.nack(2, true);

        assertThat(first).failsWithin(Duration.ZERO).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(PublishException.class, e -> {
                    assertThat(e.code()).isEqualTo("LBUS03101");
                    assertThat(e.messageId()).isEqualTo("m-1");
                    assertThat(e.api()).isEqualTo("auth");
                    assertThat(e.eventName()).isEqualTo("user_signed_up");
                    assertThat(e.getMessage()).contains("auth.user_signed_up", "m-1");
                });
        assertThat(second).isCompletedExceptionally();
    }

    @Test
    void aPublishWithoutConfirmFailsAfterTheTimeout() {
        PendingConfirms pending = pending(Duration.ofMillis(50));

        CompletableFuture<Void> future = pending.add(1, ref(1));

        await().atMost(Duration.ofSeconds(5)).until(future::isDone);
        assertThat(future).failsWithin(Duration.ZERO).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(PublishException.class, e -> {
                    assertThat(e.code()).isEqualTo("LBUS03102");
                    assertThat(e.getMessage()).contains("within 50 ms", "lightbus.publish.confirm-timeout");
                });
        assertThat(pending.size()).isZero();
    }

    @Test
    void shutdownFailsEveryPendingPublish() {
        PendingConfirms pending = pending(Duration.ofMinutes(1));
        CompletableFuture<Void> first = pending.add(1, ref(1));
        CompletableFuture<Void> second = pending.add(5, ref(5));

        pending.failAll("CONNECTION_FORCED", null);

        assertThat(pending.size()).isZero();
        assertThat(first).failsWithin(Duration.ZERO).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(PublishException.class, e -> {
                    assertThat(e.code()).isEqualTo("LBUS03103");
                    assertThat(e.getMessage()).contains("CONNECTION_FORCED", "may or may not have arrived");
                });
        assertThat(second).isCompletedExceptionally();
    }

    @Test
    void futuresCompleteOnTheCompleterNeverOnTheThreadReportingTheConfirm() {
        ExecutorService completer = Executors.newSingleThreadExecutor(r -> new Thread(r, "completer"));
        try {
            PendingConfirms pending = new PendingConfirms(Duration.ofMinutes(1), scheduler, completer);
            AtomicReference<String> thread = new AtomicReference<>();
            pending.add(1, ref(1)).whenComplete((r, e) -> thread.set(Thread.currentThread().getName()));

            pending.ack(1, false);

            await().atMost(Duration.ofSeconds(5)).untilAtomic(thread, equalTo("completer"));
        } finally {
            completer.shutdownNow();
        }
    }

    @Test
    void awaitSettledReturnsWhatIsStillPending() {
        PendingConfirms pending = pending(Duration.ofMinutes(1));
        pending.add(1, ref(1));
        pending.add(2, ref(2));
        scheduler.schedule(() -> pending.ack(1, false), 20, TimeUnit.MILLISECONDS);

        assertThat(pending.awaitSettled(Duration.ofMillis(300))).isEqualTo(1);
    }
}
