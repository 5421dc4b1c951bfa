package org.lightbus.connector.rabbitmq;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.LightbusException;
import org.lightbus.api.RpcTimeoutException;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.RpcRequest;

class PendingCallsTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final PendingCalls pending = new PendingCalls(scheduler);

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    private static RpcRequest request(Duration timeout) {
        return new RpcRequest("auth", "check_password", "accounts", "[]".getBytes(UTF_8), timeout);
    }

    private static RpcReply reply(String body) {
        return new RpcReply(false, body.getBytes(UTF_8));
    }

    @Test
    void aReplyCompletesOnlyTheCallWithItsCorrelationId() {
        CompletableFuture<RpcReply> first = pending.add("c-1", request(Duration.ofMinutes(1)));
        CompletableFuture<RpcReply> second = pending.add("c-2", request(Duration.ofMinutes(1)));
        RpcReply reply = reply("true");

        assertThat(pending.complete("c-2", reply)).isTrue();

        assertThat(second).isCompletedWithValue(reply);
        assertThat(first).isNotDone();
        assertThat(pending.size()).isEqualTo(1);
    }

    @Test
    void losingTheReplyAddressFailsTheSentCallsAtOnceButNotOneStillBeingSent() {
        CompletableFuture<RpcReply> sent = pending.add("c-1", request(Duration.ofMinutes(1)));
        pending.sent("c-1");
        CompletableFuture<RpcReply> sending = pending.add("c-2", request(Duration.ofMinutes(1)));

        pending.failAllLost("connection reset");

        assertThat(sent).isCompletedExceptionally();
        assertThat(sent.handle((reply, failure) -> failure)).succeedsWithin(Duration.ofSeconds(10))
                .satisfies(failure -> assertThat(failure).hasMessageStartingWith("LBUS03208")
                        .hasMessageContaining("auth.check_password").hasMessageContaining("connection reset"));
        assertThat(sending).as("fails with its own reason when its send fails").isNotDone();
    }

    @Test
    void aReplyForAnUnknownOrSettledCallIsRefused() {
        pending.add("c-1", request(Duration.ofMinutes(1)));
        pending.complete("c-1", reply("1"));

        assertThat(pending.complete("c-1", reply("2"))).as("settled already").isFalse();
        assertThat(pending.complete("c-9", reply("3"))).as("never sent").isFalse();
    }

    @Test
    void aCallWithoutReplyFailsAfterItsTimeoutNamingApiProcedureAndTimeout() {
        CompletableFuture<RpcReply> call = pending.add("c-1", request(Duration.ofMillis(50)));

        await().atMost(Duration.ofSeconds(5)).until(call::isDone);

        assertThat(call).failsWithin(Duration.ZERO).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(RpcTimeoutException.class, e -> {
                    assertThat(e.code()).isEqualTo("LBUS03200");
                    assertThat(e.getMessage()).isEqualTo("LBUS03200: No reply to auth.check_password within 50 ms: "
                            + "no process may be serving API 'auth', or its servers are too busy");
                    assertThat(e.api()).isEqualTo("auth");
                    assertThat(e.procedure()).isEqualTo("check_password");
                    assertThat(e.timeout()).isEqualTo(Duration.ofMillis(50));
                });
        assertThat(pending.size()).isZero();
        assertThat(pending.complete("c-1", reply("late"))).as("a late reply").isFalse();
    }

    @Test
    void aReplyCancelsTheTimeout() {
        CompletableFuture<RpcReply> call = pending.add("c-1", request(Duration.ofMillis(50)));
        RpcReply reply = reply("1");
        pending.complete("c-1", reply);

        await().pollDelay(Duration.ofMillis(150)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(call).isCompletedWithValue(reply));
    }

    @Test
    void failSettlesOneCall() {
        CompletableFuture<RpcReply> call = pending.add("c-1", request(Duration.ofMinutes(1)));
        LightbusException error = new LightbusException("LBUS03201", "LBUS03201: down", null);

        pending.fail("c-1", error);

        assertThat(call).failsWithin(Duration.ZERO).withThrowableThat().havingCause().isSameAs(error);
        assertThat(pending.size()).isZero();
    }

    @Test
    void closeAllFailsWaitingAndLaterCalls() {
        CompletableFuture<RpcReply> waiting = pending.add("c-1", request(Duration.ofMinutes(1)));

        pending.closeAll();
        CompletableFuture<RpcReply> later = pending.add("c-2", request(Duration.ofMinutes(1)));

        assertThat(waiting).failsWithin(Duration.ZERO).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(LightbusException.class, e -> {
                    assertThat(e.code()).isEqualTo("LBUS03204");
                    assertThat(e.getMessage()).contains("auth.check_password", "c-1", "closed");
                });
        assertThat(later).failsWithin(Duration.ZERO).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(LightbusException.class, e -> assertThat(e.code()).isEqualTo("LBUS03203"));
        assertThat(pending.size()).isZero();
    }

    @Test
    void aCallFailsAtOnceWhenTheSchedulerHasStopped() {
        scheduler.shutdownNow();

        CompletableFuture<RpcReply> call = pending.add("c-1", request(Duration.ofMinutes(1)));

        assertThat(call).failsWithin(Duration.ZERO).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(LightbusException.class, e -> assertThat(e.code()).isEqualTo("LBUS03203"));
    }
}
