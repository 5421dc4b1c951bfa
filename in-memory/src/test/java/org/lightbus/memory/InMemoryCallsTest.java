package org.lightbus.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.RpcTimeoutException;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.RpcRequest;
import org.lightbus.spi.RpcServerSpec;

/** Calls and schemas on the in-memory broker. */
class InMemoryCallsTest {

    private final InMemoryBroker broker = InMemoryBroker.named("calls-" + UUID.randomUUID());
    private final List<InMemoryTransport> transports = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        transports.forEach(InMemoryTransport::close);
    }

    @Test
    void aCallWaitsForAServerThatStartsWithinItsTimeout() throws Exception {
        CompletableFuture<RpcReply> reply = connect("shop").call(request("[\"ada\"]", Duration.ofSeconds(30)))
                .toCompletableFuture();
        assertThat(reply).isNotDone();

        connect("auth").serve(server(1), call -> CompletableFuture
                .completedFuture(new RpcReply(false, ("\"hello " + text(call.body()) + "\"").getBytes())));

        assertThat(text(reply.get(30, TimeUnit.SECONDS).body())).isEqualTo("\"hello [\"ada\"]\"");
    }

    @Test
    void theServerGetsTheCallersTraceContextHeaders() throws Exception {
        Map<String, String> trace = Map.of("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        List<Map<String, String>> received = new CopyOnWriteArrayList<>();
        connect("auth").serve(server(1), call -> {
            received.add(call.headers());
            return CompletableFuture.completedFuture(new RpcReply(false, "true".getBytes()));
        });

        connect("shop").call(request("[]", Duration.ofSeconds(30)).withHeaders(trace)).toCompletableFuture().get(30,
                TimeUnit.SECONDS);

        assertThat(received).containsExactly(trace);
    }

    @Test
    void aCallNobodyServesTimesOut() {
        CompletableFuture<RpcReply> reply = connect("shop").call(request("[]", Duration.ofMillis(200)))
                .toCompletableFuture();

        assertThatThrownBy(() -> reply.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class).cause()
                .isInstanceOfSatisfying(RpcTimeoutException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "LBUS04003: No reply to auth.check_password within 200 ms: no server of API auth took the "
                                + "call in time"));
    }

    @Test
    void aFailingHandlerIsAnErrorReply() throws Exception {
        connect("auth").serve(server(1), call -> {
            throw new IllegalArgumentException("no such \"user\"");
        });

        RpcReply reply = connect("shop").call(request("[]", Duration.ofSeconds(30))).toCompletableFuture().get(30,
                TimeUnit.SECONDS);

        assertThat(reply.error()).isTrue();
        assertThat(text(reply.body())).isEqualTo("{\"code\":\"LBUS04002\",\"type\":\"java.lang.IllegalArgumentException"
                + "\",\"message\":\"no such \\\"user\\\"\"}");
    }

    @Test
    void aCallLargerThanTheServerTakesGetsAnErrorReplyUnrun() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        connect("auth").serve(new RpcServerSpec("auth", "auth", 1, 1, Duration.ofSeconds(1), 4), call -> {
            runs.incrementAndGet();
            return CompletableFuture.completedFuture(new RpcReply(false, "true".getBytes()));
        });

        RpcReply reply = connect("shop").call(request("[\"a long argument\"]", Duration.ofSeconds(30)))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);

        assertThat(reply.error()).isTrue();
        assertThat(text(reply.body())).contains("LBUS04001").contains("lightbus.api.auth.max-message-size");
        assertThat(runs).hasValue(0);
    }

    @Test
    void aServerRunsAtMostItsConcurrency() throws Exception {
        CompletableFuture<RpcReply> release = new CompletableFuture<>();
        AtomicInteger started = new AtomicInteger();
        connect("auth").serve(server(1), call -> {
            started.incrementAndGet();
            return release;
        });
        InMemoryTransport shop = connect("shop");
        CompletableFuture<RpcReply> first = shop.call(request("[1]", Duration.ofSeconds(30))).toCompletableFuture();
        CompletableFuture<RpcReply> second = shop.call(request("[2]", Duration.ofSeconds(30))).toCompletableFuture();

        await().atMost(Duration.ofSeconds(30)).untilAtomic(started, org.hamcrest.Matchers.equalTo(1));
        assertThat(started).hasValue(1);
        release.complete(new RpcReply(false, "true".getBytes()));

        assertThat(first.get(30, TimeUnit.SECONDS).error()).isFalse();
        assertThat(second.get(30, TimeUnit.SECONDS).error()).isFalse();
        assertThat(started).hasValue(2);
    }

    @Test
    void anOwnersSchemaReachesReadersStartedBeforeAndAfterIt() {
        Map<String, String> early = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, String> late = new java.util.concurrent.ConcurrentHashMap<>();
        connect("images").shareSchemas(Map.of(), Set.of("auth"), (api, schema) -> early.put(api, text(schema)));

        connect("auth").shareSchemas(Map.of("auth", "{\"v\":1}".getBytes()), Set.of(), (api, schema) -> {
        });
        connect("mailer").shareSchemas(Map.of(), Set.of("auth"), (api, schema) -> late.put(api, text(schema)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(early).containsEntry("auth", "{\"v\":1}");
            assertThat(late).containsEntry("auth", "{\"v\":1}");
        });
    }

    private InMemoryTransport connect(String service) {
        InMemoryTransport transport = broker.connect(service);
        transports.add(transport);
        return transport;
    }

    private static RpcServerSpec server(int concurrency) {
        return new RpcServerSpec("auth", "auth", concurrency, concurrency, Duration.ofSeconds(1));
    }

    private static RpcRequest request(String arguments, Duration timeout) {
        return new RpcRequest("auth", "check_password", "shop", arguments.getBytes(StandardCharsets.UTF_8), timeout);
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
