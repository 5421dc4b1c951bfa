package org.lightbus.connector.rabbitmq.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.LightbusException;
import org.lightbus.api.RpcTimeoutException;
import org.lightbus.spi.CallHandler;
import org.lightbus.spi.IncomingCall;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.Transport;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

class RpcIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final BrokerFixture broker = new BrokerFixture();

    @AfterEach
    void cleanUp() {
        broker.close();
    }

    static RpcReply ok(String json) {
        return new RpcReply(false, json.getBytes(UTF_8));
    }

    static String text(RpcReply reply) {
        return new String(reply.body(), UTF_8);
    }

    /** Replies with the arguments it was called with. */
    static final CallHandler ECHO = call -> CompletableFuture.completedFuture(new RpcReply(false, call.body()));

    private Transport server(CallHandler handler, int concurrency) {
        Transport server = broker.transport("auth-service");
        server.serve(broker.server("auth-service", concurrency, 2 * concurrency, Duration.ofSeconds(5)), handler);
        return server;
    }

    private RpcReply call(Transport client, String procedure, String arguments) throws Exception {
        return client.call(broker.request(procedure, arguments, TIMEOUT)).toCompletableFuture().get(30,
                TimeUnit.SECONDS);
    }

    @Test
    void aCallReachesTheServerWithItsMetadataAndItsReplyComesBack() throws Exception {
        AtomicReference<IncomingCall> seen = new AtomicReference<>();
        server(call -> {
            seen.set(call);
            return CompletableFuture.completedFuture(ok("true"));
        }, 4);
        Transport client = broker.transport("accounts");

        RpcReply reply = call(client, "check_password", "[\"ada\",\"secret\"]");

        assertThat(reply.error()).isFalse();
        assertThat(text(reply)).isEqualTo("true");
        IncomingCall call = seen.get();
        assertThat(call.api()).isEqualTo("auth");
        assertThat(call.procedure()).isEqualTo("check_password");
        assertThat(call.sourceService()).isEqualTo("accounts");
        assertThat(call.correlationId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(new String(call.body(), UTF_8)).isEqualTo("[\"ada\",\"secret\"]");
    }

    @Test
    void aThousandConcurrentCallsFromSixteenThreadsEachGetTheirOwnReply() throws Exception {
        Set<String> correlationIds = ConcurrentHashMap.newKeySet();
        server(call -> {
            correlationIds.add(call.correlationId());
            return ECHO.handle(call);
        }, 16);
        Transport client = broker.transport("accounts");
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Future<Map<String, CompletableFuture<RpcReply>>>> threads = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int thread = t;
                threads.add(callers.submit(() -> {
                    Map<String, CompletableFuture<RpcReply>> sent = new ConcurrentHashMap<>();
                    for (int i = thread; i < 1000; i += 16) {
                        String argument = "[" + i + ",\"t" + thread + "\"]";
                        sent.put(argument,
                                client.call(broker.request("echo", argument, TIMEOUT)).toCompletableFuture());
                    }
                    return sent;
                }));
            }
            Map<String, CompletableFuture<RpcReply>> all = new ConcurrentHashMap<>();
            for (Future<Map<String, CompletableFuture<RpcReply>>> thread : threads) {
                all.putAll(thread.get(30, TimeUnit.SECONDS));
            }
            CompletableFuture.allOf(all.values().toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

            assertThat(all).hasSize(1000);
            all.forEach(
                    (argument, reply) -> assertThat(text(reply.join())).as("reply to " + argument).isEqualTo(argument));
            assertThat(correlationIds).hasSize(1000);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aHandlerThatThrowsOrFailsGivesAnErrorEnvelopeAndTheServerKeepsServing() throws Exception {
        server(call -> switch (call.procedure()) {
        case "throws" -> throw new IllegalArgumentException("no user \"ada\"");
        case "fails" -> CompletableFuture.failedFuture(new IllegalStateException("store down"));
        case "refuses" -> throw new LightbusException("LBUS02042", "LBUS02042: refused", null);
        case "errors" -> throw new AssertionError("an Error");
        default -> ECHO.handle(call);
        }, 2);
        Transport client = broker.transport("accounts");

        assertThat(envelope(call(client, "throws", "[]"))).containsExactly("LBUS03210",
                "java.lang.IllegalArgumentException", "no user \"ada\"");
        assertThat(envelope(call(client, "fails", "[]"))).containsExactly("LBUS03210",
                "java.lang.IllegalStateException", "store down");
        assertThat(envelope(call(client, "refuses", "[]"))).containsExactly("LBUS02042",
                "org.lightbus.api.LightbusException", "LBUS02042: refused");
        assertThat(envelope(call(client, "errors", "[]"))).containsExactly("LBUS03210", "java.lang.AssertionError",
                "an Error");
        RpcReply afterwards = call(client, "echo", "[1]");
        assertThat(afterwards.error()).isFalse();
        assertThat(text(afterwards)).isEqualTo("[1]");
    }

    private static List<Object> envelope(RpcReply reply) throws Exception {
        assertThat(reply.error()).as("an error reply").isTrue();
        Map<String, Object> json = new ObjectMapper().readValue(reply.body(), new TypeReference<>() {
        });
        assertThat(json.keySet()).containsExactlyInAnyOrder("code", "type", "message");
        return List.of(json.get("code"), json.get("type"), json.get("message"));
    }

    @Test
    void withoutAServerACallFailsAfterItsTimeoutWithTheCatalogueMessage() {
        Transport client = broker.transport("accounts");
        long started = System.nanoTime();

        CompletableFuture<RpcReply> call = client.call(broker.request("check_password", "[]", Duration.ofMillis(500)))
                .toCompletableFuture();

        assertThat(call).failsWithin(Duration.ofSeconds(10)).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(RpcTimeoutException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("LBUS03200: No reply to auth.check_password within 500 ms: "
                            + "no process may be serving API 'auth', or its servers are too busy");
                    assertThat(e.api()).isEqualTo("auth");
                    assertThat(e.procedure()).isEqualTo("check_password");
                    assertThat(e.timeout()).isEqualTo(Duration.ofMillis(500));
                });
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isBetween(500L, 5_000L);
    }

    @Test
    void aCallThatWaitsForAServerThatStartsWithinTheTimeoutIsServed() throws Exception {
        Transport client = broker.transport("accounts");
        CompletableFuture<RpcReply> call = client.call(broker.request("echo", "[7]", TIMEOUT)).toCompletableFuture();

        server(ECHO, 1);

        assertThat(text(call.get(30, TimeUnit.SECONDS))).isEqualTo("[7]");
    }

    @Test
    void aCallThatExpiredBeforeAServerStartedIsNeverExecuted() throws Exception {
        Transport client = broker.transport("accounts");
        CompletableFuture<RpcReply> expired = client
                .call(broker.request("transfer", "[\"expired\"]", Duration.ofMillis(300))).toCompletableFuture();
        await().atMost(Duration.ofSeconds(10)).until(expired::isDone);
        assertThat(expired).isCompletedExceptionally();
        Queue<String> executed = new ConcurrentLinkedQueue<>();
        server(call -> {
            executed.add(new String(call.body(), UTF_8));
            return ECHO.handle(call);
        }, 1);

        RpcReply valid = call(client, "transfer", "[\"valid\"]");

        assertThat(text(valid)).isEqualTo("[\"valid\"]");
        assertThat(executed).containsExactly("[\"valid\"]");
    }

    @Test
    void anAsynchronousCallThatNeverCompletesFreesItsPlaceAtItsDeadline() throws Exception {
        Transport client = broker.transport("accounts");
        server(call -> new String(call.body(), UTF_8).equals("[\"hang\"]") ? new CompletableFuture<>()
                : ECHO.handle(call), 1); // prefetch 2: two hanging calls hold every place
        List<CompletableFuture<RpcReply>> hanging = List.of(
                client.call(broker.request("work", "[\"hang\"]", Duration.ofMillis(300))).toCompletableFuture(),
                client.call(broker.request("work", "[\"hang\"]", Duration.ofMillis(300))).toCompletableFuture());

        RpcReply next = call(client, "work", "[\"next\"]");

        assertThat(text(next)).isEqualTo("[\"next\"]");
        assertThat(hanging).allSatisfy(call -> assertThat(call).failsWithin(Duration.ofSeconds(10)));
    }

    @Test
    void aServerRunsAtMostItsConcurrencyOfHandlersAtOnce() throws Exception {
        AtomicInteger active = new AtomicInteger();
        AtomicInteger mostActive = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        server(call -> {
            mostActive.accumulateAndGet(active.incrementAndGet(), Math::max);
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                active.decrementAndGet();
            }
            return ECHO.handle(call);
        }, 2);
        Transport client = broker.transport("accounts");
        List<CompletableFuture<RpcReply>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(client.call(broker.request("slow", "[" + i + "]", TIMEOUT)).toCompletableFuture());
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> active.get() >= 2);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> mostActive.get() <= 2);
        release.countDown();

        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertThat(mostActive).hasValue(2);
        for (int i = 0; i < 6; i++) {
            assertThat(text(calls.get(i).join())).isEqualTo("[" + i + "]");
        }
    }
}
