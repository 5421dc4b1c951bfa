package org.lightbus.connector.rabbitmq.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.event;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.retry;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.devbroker.junit.RequiresRabbitMQ;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.Transport;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.GetResponse;

class PublishListenIT {

    private final BrokerFixture broker = new BrokerFixture();

    @AfterEach
    void cleanUp() {
        broker.close();
    }

    @Test
    void theListenerReceivesThePublishedEventWithAllItsMetadata() throws Exception {
        BlockingQueue<IncomingEvent> received = new LinkedBlockingQueue<>();
        broker.transport("images").listen(broker.listener("images", "Images.resize", retry(3, 100)), received::add);
        Instant fired = Instant.now();
        OutgoingEvent event = new OutgoingEvent("auth", "user_signed_up", "m-42", "accounts", fired,
                "{\"username\":\"ada\"}".getBytes(UTF_8));

        broker.transport("accounts").publish(event).toCompletableFuture().get(10, TimeUnit.SECONDS);

        IncomingEvent incoming = received.poll(10, TimeUnit.SECONDS);
        assertThat(incoming).isNotNull();
        assertThat(incoming.api()).isEqualTo("auth");
        assertThat(incoming.eventName()).isEqualTo("user_signed_up");
        assertThat(incoming.messageId()).isEqualTo("m-42");
        assertThat(incoming.sourceService()).isEqualTo("accounts");
        assertThat(incoming.timestamp()).isEqualTo(fired.truncatedTo(ChronoUnit.MILLIS));
        assertThat(incoming.attempt()).isEqualTo(1);
        assertThat(incoming.body()).isEqualTo(event.body());
    }

    @Test
    void publishCompletesOnlyOnceTheBrokerHoldsTheEvent() throws Exception {
        String probe = broker.probeQueue();
        Transport publisher = broker.transport("accounts");

        for (int i = 0; i < 20; i++) {
            OutgoingEvent event = event("{\"n\":" + i + "}");
            publisher.publish(event).toCompletableFuture().get(10, TimeUnit.SECONDS);

            GetResponse message = broker.get(probe); // no waiting: the confirm came after the queue had it
            assertThat(message).isNotNull();
            assertThat(message.getProps().getMessageId()).isEqualTo(event.messageId());
        }
    }

    @Test
    void theMessageOnTheWireIsAsDocumented() throws Exception {
        String probe = broker.probeQueue();
        OutgoingEvent event = event("{\"username\":\"ada\"}");

        broker.transport("accounts").publish(event).toCompletableFuture().get(10, TimeUnit.SECONDS);

        GetResponse message = broker.get(probe);
        AMQP.BasicProperties properties = message.getProps();
        assertThat(message.getEnvelope().getExchange()).isEqualTo(broker.namespace + ".auth");
        assertThat(message.getEnvelope().getRoutingKey()).isEqualTo("user_signed_up");
        assertThat(properties.getDeliveryMode()).isEqualTo(2);
        assertThat(properties.getContentType()).isEqualTo("application/json");
        assertThat(properties.getMessageId()).isEqualTo(event.messageId());
        assertThat(properties.getAppId()).isEqualTo("accounts");
        assertThat(properties.getType()).isEqualTo("auth.user_signed_up");
        assertThat(properties.getTimestamp().toInstant()).isEqualTo(event.timestamp().truncatedTo(ChronoUnit.SECONDS));
        assertThat(text(properties.getHeaders())).containsOnly(entry("x-lightbus-api", "auth"),
                entry("x-lightbus-event", "user_signed_up"),
                entry("x-lightbus-timestamp", event.timestamp().toEpochMilli()));
        assertThat(message.getBody()).isEqualTo(event.body());
    }

    @Test
    @RequiresRabbitMQ("queue types")
    void listenDeclaresTheDocumentedQuorumTopology() {
        broker.transport("images").listen(broker.listener("images", "Images.resize", retry(3, 100)), e -> {
        });
        String queue = broker.queue("images", "Images.resize");

        // redeclaring with other arguments would fail: these are the arguments the queues have
        broker.withChannel(ch -> {
            ch.exchangeDeclare(broker.exchange(), "topic", true, false, false, null);
            ch.queueDeclare(queue, true, false, false, Map.of("x-queue-type", "quorum"));
            ch.queueDeclare(queue + ".retry", true, false, false,
                    Map.of("x-queue-type", "quorum", "x-dead-letter-exchange", "", "x-dead-letter-routing-key", queue,
                            "x-dead-letter-strategy", "at-least-once", "x-overflow", "reject-publish"));
            return ch.queueDeclare(queue + ".dlq", true, false, false, Map.of("x-queue-type", "quorum"));
        });
    }

    @Test
    @RequiresRabbitMQ("queue types")
    void classicQueuesOnRequest() throws Exception {
        BlockingQueue<IncomingEvent> received = new LinkedBlockingQueue<>();
        Transport transport = broker.transport("images", Map.of("lightbus.rabbitmq.queue-type", "classic"));
        transport.listen(broker.listener("images", "Images.resize", retry(3, 100)), received::add);
        String queue = broker.queue("images", "Images.resize");

        broker.withChannel(ch -> {
            ch.queueDeclare(queue, true, false, false, Map.of("x-queue-type", "classic"));
            ch.queueDeclare(queue + ".retry", true, false, false, Map.of("x-queue-type", "classic",
                    "x-dead-letter-exchange", "", "x-dead-letter-routing-key", queue));
            return ch.queueDeclare(queue + ".dlq", true, false, false, Map.of("x-queue-type", "classic"));
        });
        transport.publish(event("{}")).toCompletableFuture().get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
    }

    private static Map<String, Object> text(Map<String, Object> headers) {
        Map<String, Object> result = new HashMap<>();
        headers.forEach((k, v) -> result.put(k, v instanceof Number ? v : String.valueOf(v)));
        return result;
    }
}
