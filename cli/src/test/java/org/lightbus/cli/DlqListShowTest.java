package org.lightbus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * {@code dlq list} and {@code dlq show} on the dead letters of a real application whose listener always fails: they
 * count and print the dead letters and leave them in place, in order.
 */
class DlqListShowTest {

    private TestBroker broker;

    @BeforeEach
    void deadLetters() throws Exception {
        broker = new TestBroker();
        broker.deadLetters(1, "o-1", "o-2", "o-3");
    }

    @AfterEach
    void cleanUp() throws Exception {
        broker.close();
    }

    @Test
    void listCountsTheDeadLettersOfAListener() throws Exception {
        Cli.Run run = Cli.run(broker.args("dlq", "list", "billing", "charge"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(String.format("""
                LISTENER  DEAD LETTERS  QUEUE
                charge               3  %s
                """, broker.deadLetterQueue()));

        JsonNode json = new ObjectMapper()
                .readTree(Cli.run(broker.args("dlq", "list", "billing", "charge", "--json")).out());
        assertThat(json.path("namespace").textValue()).isEqualTo(broker.namespace);
        assertThat(json.path("listeners").get(0).path("deadLetters").asLong()).isEqualTo(3);
        assertThat(broker.count(broker.deadLetterQueue())).isEqualTo(3);
    }

    @Test
    void listFindsTheListenersThroughTheManagementApiWhenItAnswers() throws Exception {
        HttpServer management = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        management.createContext("/api/queues/", exchange -> {
            byte[] body = ("[{\"name\":\"" + broker.queue() + "\"},{\"name\":\"" + broker.deadLetterQueue()
                    + "\"},{\"name\":\"" + broker.queue() + ".retry\"}]").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        management.start();
        try {
            Cli.Run run = Cli.run(broker.args("dlq", "list", "billing", "--management-url",
                    "http://127.0.0.1:" + management.getAddress().getPort()));

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("charge               3  " + broker.deadLetterQueue());
        } finally {
            management.stop(0);
        }
    }

    @Test
    void listWithoutListenerSaysThatTheListenerIsNeededWhenTheManagementApiDoesNotAnswer() throws IOException {
        Cli.Run run = Cli.run(broker.args("dlq", "list", "billing", "--management-url", "http://127.0.0.1:1"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("LBUS07006: Give the listener name, e.g. lightbus dlq list billing "
                + "<listener>: listing the dead-letter queues of a service needs the RabbitMQ management API, which "
                + "did not answer at http://127.0.0.1:1 (connection refused)");
    }

    @Test
    void showPrintsTheDeadLettersAndLeavesThemInPlace() throws Exception {
        Cli.Run run = Cli.run(broker.args("dlq", "show", "billing", "charge"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith(broker.deadLetterQueue() + ": 3 dead letters\n\n[1] shop.order_placed  message ")
                .contains("    reason:    listener-failed after 1 attempt\n",
                        "    error:     java.lang.IllegalStateException: no stock for o-1\n",
                        "    listener:  billing.charge\n", " by shop\n", "    replays:   0\n",
                        "        {\n          \"orderId\": \"o-1\",\n          \"customer\": \"ada\",\n"
                                + "          \"amount\": 42\n        }\n",
                        "[3] shop.order_placed");
        assertThat(run.out().indexOf("o-1")).isLessThan(run.out().indexOf("o-2"));
        assertThat(run.out().indexOf("o-2")).isLessThan(run.out().indexOf("o-3"));
        await().atMost(TestBroker.WAIT).until(() -> broker.count(broker.deadLetterQueue()) == 3);
        assertThat(broker.orderIds(broker.deadLetterQueue())).containsExactlyInAnyOrder("o-1", "o-2", "o-3");
    }

    @Test
    void showWithALimitShowsTheFirstOnesAndLeavesAll() throws Exception {
        Cli.Run first = Cli.run(broker.args("dlq", "show", "billing", "charge", "--limit", "2"));

        assertThat(first.out()).startsWith(broker.deadLetterQueue() + ": 3 dead letters, showing the first 2 (--limit)")
                .contains("o-1", "o-2").doesNotContain("o-3");
        await().atMost(TestBroker.WAIT).until(() -> broker.count(broker.deadLetterQueue()) == 3);
        assertThat(broker.orderIds(broker.deadLetterQueue())).containsExactlyInAnyOrder("o-1", "o-2", "o-3");
    }

    @Test
    void showPrintsOneJsonDocument() throws Exception {
        Cli.Run run = Cli.run(broker.args("dlq", "show", "billing", "charge", "--json", "--limit", "5"));

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("queue").textValue()).isEqualTo(broker.deadLetterQueue());
        assertThat(json.path("total").asLong()).isEqualTo(3);
        List<JsonNode> letters = List.copyOf(json.path("deadLetters").findParents("messageId"));
        assertThat(letters).hasSize(3);
        JsonNode first = json.path("deadLetters").get(0);
        assertThat(first.path("api").textValue()).isEqualTo("shop");
        assertThat(first.path("event").textValue()).isEqualTo("order_placed");
        assertThat(first.path("reason").textValue()).isEqualTo("listener-failed");
        assertThat(first.path("attempts").asInt()).isEqualTo(1);
        assertThat(first.path("errorType").textValue()).isEqualTo(IllegalStateException.class.getName());
        assertThat(first.path("errorMessage").textValue()).isEqualTo("no stock for o-1");
        assertThat(first.path("failedAt").textValue()).isNotBlank();
        assertThat(first.path("messageId").textValue()).isNotBlank();
        assertThat(first.path("body").path("orderId").textValue()).isEqualTo("o-1");
    }
}
