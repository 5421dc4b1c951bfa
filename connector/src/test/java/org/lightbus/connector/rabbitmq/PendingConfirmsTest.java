package org.lightbus.connector.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.lightbus.api.PublishException;

import com.rabbitmq.client.AMQP;

class PendingConfirmsTest {

    private final Semaphore slots = new Semaphore(100);

    private PendingConfirms pending(Duration timeout) {
        return new PendingConfirms(timeout, new Settler(slots, Runnable::run));
    }

    /** Adds an event publish that holds a slot, as the publisher does. */
    private CompletableFuture<Void> add(PendingConfirms pending, long sequenceNumber) {
        slots.acquireUninterruptibly();
        Publish publish = Publish.event("lightbus.auth", "user_signed_up", new AMQP.BasicProperties(), new byte[0],
                new MessageRef("auth", "user_signed_up", "m-" + sequenceNumber));
        pending.add(sequenceNumber, publish);
        return publish.future();
    }

    @Test
    void ackCompletesOnlyItsOwnPublish() {
        PendingConfirms pending = pending(Duration.ofMinutes(1));
        CompletableFuture<Void> first = add(pending, 1);
        CompletableFuture<Void> second = add(pending, 2);

        pending.ack(2, false);

        assertThat(second).isCompleted();
        assertThat(first).isNotDone();
        assertThat(pending.size()).isEqualTo(1);
    }

    @Test
    void multipleAckCompletesEveryPublishUpToTheTag() {
        PendingConfirms pending = pending(Duration.ofMinutes(1));
        CompletableFuture<Void> first = add(pending, 1);
        CompletableFuture<Void> second = add(pending, 2);
        CompletableFuture<Void> third = add(pending, 3);

        pending.ack(2, true);

        assertThat(first).isCompleted();
        assertThat(second).isCompleted();
        assertThat(third).isNotDone();
    }

    @Test
    void nackFailsWithAPublishExceptionNamingTheEvent() {
        PendingConfirms pending = pending(Duration.ofMinutes(1));
        CompletableFuture<Void> first = add(pending, 1);
        CompletableFuture<Void> second = add(pending, 2);

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
    void expireFailsOnlyThePublishesSentTheTimeoutOrLongerAgo() {
        PendingConfirms pending = pending(Duration.ofMillis(50));
        CompletableFuture<Void> future = add(pending, 1);

        pending.expire(System.nanoTime());
        assertThat(future).as("sent just now").isNotDone();
        pending.expire(System.nanoTime() + Duration.ofMillis(50).toNanos());

        assertThat(future).failsWithin(Duration.ZERO).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(PublishException.class, e -> {
                    assertThat(e.code()).isEqualTo("LBUS03102");
                    assertThat(e.getMessage()).contains("within 50 ms", "lightbus.publish.confirm-timeout");
                });
        assertThat(pending.size()).isZero();
    }

    @Test
    void takeAllRemovesEveryPendingPublishWithoutSettlingIt() {
        PendingConfirms pending = pending(Duration.ofMinutes(1));
        CompletableFuture<Void> first = add(pending, 1);
        CompletableFuture<Void> second = add(pending, 5);

        assertThat(pending.takeAll()).extracting(Publish::future).containsExactly(first, second);

        assertThat(pending.size()).isZero();
        assertThat(first).isNotDone();
        assertThat(slots.availablePermits()).as("still held by the taken publishes").isEqualTo(98);
    }

    @Test
    void settlingFreesTheSlotOfEachPublishOnceOnly() {
        PendingConfirms pending = pending(Duration.ofMinutes(1));
        add(pending, 1);
        add(pending, 2);
        add(pending, 3);

        pending.ack(2, true);
        pending.ack(2, true);
        pending.nack(3, false);

        assertThat(slots.availablePermits()).isEqualTo(100);
    }

    @Test
    void futuresCompleteOnTheCompleterNeverOnTheThreadReportingTheConfirm() {
        ExecutorService completer = Executors.newSingleThreadExecutor(r -> new Thread(r, "completer"));
        try {
            PendingConfirms pending = new PendingConfirms(Duration.ofMinutes(1), new Settler(slots, completer));
            AtomicReference<String> thread = new AtomicReference<>();
            add(pending, 1).whenComplete((r, e) -> thread.set(Thread.currentThread().getName()));

            pending.ack(1, false);

            await().atMost(Duration.ofSeconds(5)).untilAtomic(thread, equalTo("completer"));
        } finally {
            completer.shutdownNow();
        }
    }

    @Test
    void awaitSettledReturnsWhatIsStillPending() {
        PendingConfirms pending = pending(Duration.ofMinutes(1));
        add(pending, 1);
        add(pending, 2);
        pending.ack(1, false);

        assertThat(pending.awaitSettled(Duration.ofMillis(100))).isEqualTo(1);
    }
}
