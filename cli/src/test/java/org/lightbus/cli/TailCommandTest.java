package org.lightbus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code tail}: the events a real application fires, as they are published, from a queue deleted on exit. */
class TailCommandTest {

    private static final Pattern QUEUE = Pattern.compile("through queue (\\S+); Ctrl-C stops");

    private TestBroker broker;
    private Shop shop;

    @BeforeEach
    void start() throws Exception {
        broker = new TestBroker();
        shop = broker.shop();
        shop.place("o-0", "nobody"); // the shop's exchange exists once it has published
    }

    @AfterEach
    void cleanUp() throws Exception {
        broker.close();
    }

    private record Tail(Thread thread, CompletableFuture<Integer> exitCode, StringWriter out, StringWriter err,
            String queue) {
    }

    private Tail tail(String... command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> exitCode = new CompletableFuture<>();
        Thread thread = new Thread(() -> exitCode.complete(
                Cli.run(new CliContext(Map.of(), Cli.NO_TERMINAL, ReplayHook.NONE), out, err, broker.args(command))
                        .exitCode()),
                "tail");
        thread.start();
        AtomicReference<String> queue = new AtomicReference<>();
        await().atMost(TestBroker.WAIT).until(() -> {
            assertThat(exitCode).as(err.toString()).isNotDone();
            Matcher matcher = QUEUE.matcher(err.toString());
            if (matcher.find()) {
                queue.set(matcher.group(1));
            }
            return queue.get() != null;
        });
        return new Tail(thread, exitCode, out, err, queue.get());
    }

    @Test
    void printsTheMatchingEventsAsTheyArePublishedAndDeletesItsQueueOnExit() throws Exception {
        Tail tail = tail("tail", "shop.order_placed", "--field", "customer=ada");

        assertThat(tail.queue()).startsWith(broker.namespace + ".$tail.");
        assertThat(broker.exists(tail.queue())).isTrue();
        shop.place("o-1", "bob");
        shop.place("o-2", "ada");

        await().atMost(TestBroker.WAIT).untilAsserted(() -> assertThat(tail.out().toString()).contains("o-2"));
        String out = tail.out().toString();
        assertThat(out)
                .containsPattern("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z  shop\\.order_placed  from shop  message \\S+\n"
                        + "\\{\n  \"orderId\": \"o-2\",\n  \"customer\": \"ada\",\n  \"amount\": 42\n\\}\n")
                .doesNotContain("o-1");

        tail.thread().interrupt(); // what Ctrl-C does through the shutdown hook: the wait ends
        assertThat(tail.exitCode().get(30, TimeUnit.SECONDS)).as(tail.err().toString()).isZero();
        assertThat(broker.exists(tail.queue())).isFalse();
    }

    @Test
    void anApiAloneTailsEachOfItsEventsAndLimitStopsIt() throws Exception {
        Tail tail = tail("tail", "shop", "--limit", "2");

        shop.place("o-1", "bob");
        shop.place("o-2", "ada");

        assertThat(tail.exitCode().get(60, TimeUnit.SECONDS)).as(tail.err().toString()).isZero();
        assertThat(tail.out().toString()).contains("\"orderId\": \"o-1\"", "\"orderId\": \"o-2\"");
        assertThat(broker.exists(tail.queue())).isFalse();
    }
}
