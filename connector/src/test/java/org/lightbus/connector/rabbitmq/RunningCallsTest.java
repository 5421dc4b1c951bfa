package org.lightbus.connector.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class RunningCallsTest {

    private final RunningCalls running = new RunningCalls();

    @Test
    void noCallStartsOnceStopped() {
        assertThat(running.begin()).isTrue();

        running.stop();

        assertThat(running.begin()).isFalse();
        assertThat(running.running()).isEqualTo(1);
    }

    @Test
    void awaitIdleReturnsWhenTheLastRunningCallEnds() {
        running.begin();
        running.begin();
        CompletableFuture<Integer> idle = CompletableFuture.supplyAsync(() -> running.awaitIdle(Duration.ofMinutes(1)));
        running.end();

        assertThat(idle).isNotDone();
        running.end();

        assertThat(idle).succeedsWithin(Duration.ofSeconds(5)).isEqualTo(0);
        assertThat(running.begin()).isFalse();
    }

    @Test
    void awaitIdleGivesUpAfterTheTimeoutAndSaysHowManyStillRun() {
        running.begin();
        long started = System.nanoTime();

        int left = running.awaitIdle(Duration.ofMillis(100));

        assertThat(left).isEqualTo(1);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isBetween(100L, 5_000L);
    }

    @Test
    void awaitIdleWithoutRunningCallsReturnsAtOnce() {
        assertThat(running.awaitIdle(Duration.ofMinutes(1))).isZero();
    }
}
