package org.lightbus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lightbus.testing.BusApplication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * {@code inspect} on real applications: it tells why billing does or does not receive the shop's orders. A listener
 * whose service stopped has no consumer since the stop; one whose handler fails has dead letters with the last error;
 * one of another event is not bound to it, and so is, as the management API tells, one whose binding was removed; one
 * that works receives.
 */
class InspectTest {

    private TestBroker broker;

    @BeforeEach
    void namespace() throws Exception {
        broker = new TestBroker();
    }

    @AfterEach
    void cleanUp() throws Exception {
        broker.close();
    }

    @Test
    void aListenerWhoseServiceStoppedHasNoConsumerSinceTheStop() {
        Shop shop = broker.shop();
        BusApplication billing = broker.billing(ReceivingBilling.class, 3);
        shop.place("o-1", "ada");
        await().atMost(TestBroker.WAIT).until(() -> billing.bean(ReceivingBilling.class).received().size() == 1);
        billing.close();
        await().atMost(TestBroker.WAIT).until(() -> broker.consumers(broker.queue()) == 0);

        Cli.Run run = Cli.run(broker.args("inspect", "shop.order_placed"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("shop.order_placed  (namespace " + broker.namespace + ")\n")
                .contains("Schema: events order_cancelled, order_placed\n", "  shop (owner): ",
                        "  billing charge <- shop.order_placed\n",
                        "    queue " + broker.queue()
                                + ": 0 consumers, 0 ready, unacknowledged unknown (no management API)\n",
                        "    delivered since start: 1, last ")
                .containsPattern("    PROBLEM: no consumer connected since \\S+, when the last instance of billing "
                        + "\\(on \\S+ pid \\d+\\) stopped\n")
                .doesNotContain("OK: receiving");
    }

    @Test
    void aListenerThatFailsHasDeadLettersWithTheLastError() throws Exception {
        broker.billing(FailingBilling.class, 1);
        Shop shop = broker.shop();
        shop.place("o-1", "ada");
        shop.place("o-2", "ada");
        await().atMost(TestBroker.WAIT).until(() -> broker.count(broker.deadLetterQueue()) == 2);

        Cli.Run run = Cli.run(broker.args("inspect", "shop.order_placed"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(
                "    queue " + broker.queue() + ": 1 consumer, 0 ready, unacknowledged unknown (no management API)\n",
                "    dead letters: 2 in " + broker.deadLetterQueue() + "\n", "    delivered since start: 2, last ",
                "    PROBLEM: 2 events in the dead-letter queue, last error java.lang.IllegalStateException: no stock "
                        + "for o-2 (",
                "; see lightbus dlq show billing charge, then lightbus dlq replay\n",
                "    Note: 2 deliveries failed since the running instances started, the last at ")
                .contains("    published since start: 2, last ").doesNotContain("OK: receiving");
        assertThat(broker.count(broker.deadLetterQueue())).isEqualTo(2);
    }

    @Test
    void aListenerOfAnotherEventOfTheApiIsNotBound() {
        broker.listenerQueues("audit", "cancelled");
        broker.application("audit", Audit.class);
        broker.billing(ReceivingBilling.class, 3);

        Cli.Run run = Cli.run(broker.args("inspect", "shop.order_placed"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  audit cancelled <- shop.order_cancelled\n",
                "    Not bound: not bound to shop.order_placed: it listens to shop.order_cancelled\n");
        assertThat(run.out().substring(run.out().indexOf("  audit cancelled"), run.out().indexOf("  billing charge")))
                .doesNotContain("queue ");
    }

    @Test
    void aWorkingListenerReceivesAndTheJsonSaysSo() throws Exception {
        BusApplication billing = broker.billing(ReceivingBilling.class, 3);
        broker.shop().place("o-1", "ada");
        await().atMost(TestBroker.WAIT).until(() -> billing.bean(ReceivingBilling.class).received().size() == 1);

        Cli.Run run = Cli.run(broker.args("inspect", "shop.order_placed", "--json"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("api").textValue()).isEqualTo("shop");
        assertThat(json.path("event").textValue()).isEqualTo("order_placed");
        JsonNode publisher = json.path("publishers").get(0);
        assertThat(publisher.path("service").textValue()).isEqualTo("shop");
        assertThat(publisher.path("owner").booleanValue()).isTrue();
        assertThat(publisher.path("published").asLong()).isEqualTo(1);
        assertThat(publisher.path("lastPublished").isTextual()).isTrue();
        JsonNode listener = json.path("listeners").get(0);
        assertThat(listener.path("service").textValue()).isEqualTo("billing");
        assertThat(listener.path("level").textValue()).isEqualTo("OK");
        assertThat(listener.path("delivered").asLong()).isEqualTo(1);
        assertThat(listener.path("queue").path("consumers").asInt()).isEqualTo(1);
        assertThat(listener.path("instances").get(0).path("state").textValue()).isEqualTo("running");
        assertThat(listener.path("verdicts").get(0).path("text").textValue())
                .startsWith("receiving: 1 consumer, last delivery ");
    }

    @Test
    void withTheManagementApiAQueueWhoseBindingWasRemovedIsNotBound() throws Exception {
        broker.billing(ReceivingBilling.class, 3);
        broker.unbind(broker.queue(), broker.namespace + ".shop", "order_placed");
        HttpServer management = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        management.createContext("/api/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            // what RabbitMQ's management API answers now: the queue, and no binding left from the API's exchange
            String body = path.equals("/api/queues/%2F/" + broker.queue())
                    ? "{\"name\":\"" + broker.queue() + "\",\"messages_ready\":0,\"messages_unacknowledged\":4}"
                    : path.equals("/api/bindings/%2F/e/" + broker.namespace + ".shop/q/" + broker.queue()) ? "[]"
                            : null;
            byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        management.start();
        try {
            Cli.Run run = Cli.run(broker.args("inspect", "shop.order_placed", "--management-url",
                    "http://127.0.0.1:" + management.getAddress().getPort()));

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("    queue " + broker.queue() + ": 1 consumer, 0 ready, 4 unacknowledged\n",
                    "    PROBLEM: its queue is not bound to the exchange of API shop with routing key order_placed, so "
                            + "it gets none of these events (an operator removed the binding?); an instance of "
                            + "billing binds it again when it starts or reconnects\n")
                    .doesNotContain("OK: receiving");
        } finally {
            management.stop(0);
        }
    }

    @Test
    void anApiNobodyKnowsIsNotFound() {
        Cli.Run run = Cli.run(broker.args("inspect", "nosuch.event"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err())
                .startsWith("LBUS07043: Nothing is known of nosuch.event in namespace " + broker.namespace);
    }
}
