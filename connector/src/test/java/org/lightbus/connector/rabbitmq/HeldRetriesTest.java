package org.lightbus.connector.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HeldRetriesTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final HeldRetries held = new HeldRetries(scheduler, worker);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        worker.shutdownNow();
    }

    @Test
    void aRetryRunsOnTheWorkerOnceItsBackoffHasPassedAndIsThenForgotten() {
        AtomicReference<String> ranOn = new AtomicReference<>();

        held.after(Duration.ofMillis(50), () -> ranOn.set(Thread.currentThread().getName()));

        await().atMost(Duration.ofSeconds(10)).until(() -> ranOn.get() != null && held.size() == 0);
        assertThat(ranOn.get()).as("not on the scheduler").isNotEqualTo(schedulerThreadName());
    }

    @Test
    void cancelledRetriesNeverRun() {
        AtomicReference<String> ran = new AtomicReference<>();
        held.after(Duration.ofMinutes(10), () -> ran.set("ran"));
        assertThat(held.size()).isOne();

        held.cancelAll();

        assertThat(held.size()).as("forgotten at once").isZero();
        assertThat(ran.get()).isNull();
    }

    private String schedulerThreadName() {
        AtomicReference<String> name = new AtomicReference<>();
        scheduler.execute(() -> name.set(Thread.currentThread().getName()));
        await().atMost(Duration.ofSeconds(10)).until(() -> name.get() != null);
        return name.get();
    }
}
