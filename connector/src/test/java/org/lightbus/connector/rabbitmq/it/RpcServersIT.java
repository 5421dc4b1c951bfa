package org.lightbus.connector.rabbitmq.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lightbus.connector.rabbitmq.it.RpcIT.ECHO;
import static org.lightbus.connector.rabbitmq.it.RpcIT.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.devbroker.junit.RequiresRabbitMQ;
import org.lightbus.spi.CallHandler;
import org.lightbus.spi.ListenerHandle;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.Transport;

class RpcServersIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final BrokerFixture broker = new BrokerFixture();

    @AfterEach
    void cleanUp() {
        broker.close();
    }

    private ListenerHandle serve(String instance, CallHandler handler, int concurrency) {
        return broker.transport(instance)
                .serve(broker.server("auth-service", concurrency, 2 * concurrency, Duration.ofSeconds(10)), handler);
    }

    /** Echoes, and counts the calls it served. */
    private static CallHandler counting(AtomicInteger served) {
        return call -> {
            served.incrementAndGet();
            return ECHO.handle(call);
        };
    }

    private List<CompletableFuture<RpcReply>> callMany(Transport client, int calls) {
        List<CompletableFuture<RpcReply>> replies = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            replies.add(client.call(broker.request("echo", "[" + i + "]", TIMEOUT)).toCompletableFuture());
        }
        return replies;
    }

    private static void assertEachGotItsOwnReply(List<CompletableFuture<RpcReply>> replies) throws Exception {
        CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        for (int i = 0; i < replies.size(); i++) {
            RpcReply reply = replies.get(i).join();
            assertThat(reply.error()).isFalse();
            assertThat(text(reply)).isEqualTo("[" + i + "]");
        }
    }

    @Test
    void twoServersShareTheCalls() throws Exception {
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        serve("auth-1", counting(first), 4);
        serve("auth-2", counting(second), 4);

        List<CompletableFuture<RpcReply>> replies = callMany(broker.transport("accounts"), 500);

        assertEachGotItsOwnReply(replies);
        assertThat(first.get() + second.get()).isEqualTo(500);
        assertThat(first).hasPositiveValue();
        assertThat(second).hasPositiveValue();
    }

    @Test
    void closingOneServerMidStreamLosesNoCallAndTheOtherKeepsServing() throws Exception {
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        CallHandler slowly = call -> {
            // a procedure that works for a while, so that calls are running when the server closes
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            return ECHO.handle(call);
        };
        ListenerHandle closing = serve("auth-1", call -> {
            first.incrementAndGet();
            return slowly.handle(call);
        }, 4);
        serve("auth-2", call -> {
            second.incrementAndGet();
            return slowly.handle(call);
        }, 4);

        List<CompletableFuture<RpcReply>> replies = callMany(broker.transport("accounts"), 600);
        await().atMost(Duration.ofSeconds(30)).until(() -> first.get() >= 50);
        closing.close();
        int servedByFirst = first.get();

        assertEachGotItsOwnReply(replies);
        assertThat(first).as("no call started after close").hasValue(servedByFirst);
        assertThat(servedByFirst + second.get()).as("every call ran once").isEqualTo(600);
        assertThat(second.get()).isGreaterThan(servedByFirst);
    }

    @Test
    @RequiresRabbitMQ("message counts without the unacknowledged messages")
    void closingAServerWaitsForItsRunningCallWhichStillRepliesAndLeavesTheRestToAnotherServer() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Queue<String> servedByFirst = new ConcurrentLinkedQueue<>();
        ListenerHandle first = serve("auth-1", call -> {
            servedByFirst.add(new String(call.body(), UTF_8));
            running.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ECHO.handle(call);
        }, 1);
        Transport client = broker.transport("accounts");
        CompletableFuture<RpcReply> slow = client.call(broker.request("echo", "[\"slow\"]", TIMEOUT))
                .toCompletableFuture();
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<RpcReply> prefetched = client.call(broker.request("echo", "[\"next\"]", TIMEOUT))
                .toCompletableFuture();
        await().atMost(Duration.ofSeconds(10)).until(() -> broker.messageCount(broker.callQueue()) == 0); // taken by
                                                                                                          // the first
                                                                                                          // server

        CompletableFuture<Void> closed = CompletableFuture.runAsync(first::close);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !closed.isDone());
        release.countDown();

        assertThat(closed).succeedsWithin(Duration.ofSeconds(10));
        assertThat(text(slow.get(10, TimeUnit.SECONDS))).isEqualTo("[\"slow\"]");
        assertThat(prefetched).isNotDone();
        serve("auth-2", ECHO, 1);
        assertThat(text(prefetched.get(10, TimeUnit.SECONDS))).isEqualTo("[\"next\"]");
        assertThat(servedByFirst).containsExactly("[\"slow\"]");
    }

    @Test
    void aCallStillRunningAfterTheDrainTimeoutGoesBackToTheQueueAndAnotherServerAnswersIt() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        ListenerHandle stuck = broker.transport("auth-1")
                .serve(broker.server("auth-service", 1, 1, Duration.ofMillis(200)), call -> {
                    running.countDown();
                    try {
                        new CountDownLatch(1).await(30, TimeUnit.SECONDS); // stuck until interrupted
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return CompletableFuture.failedFuture(new IllegalStateException("interrupted"));
                });
        CompletableFuture<RpcReply> call = broker.transport("accounts").call(broker.request("echo", "[1]", TIMEOUT))
                .toCompletableFuture();
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        stuck.close();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isBetween(200L, 5_000L);
        serve("auth-2", ECHO, 1);

        RpcReply reply = call.get(10, TimeUnit.SECONDS);
        assertThat(reply.error()).as("no error reply from the stopped server").isFalse();
        assertThat(text(reply)).isEqualTo("[1]");
    }
}
