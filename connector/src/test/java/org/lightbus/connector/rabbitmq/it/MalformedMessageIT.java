package org.lightbus.connector.rabbitmq.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.retry;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.InvalidEventException;
import org.lightbus.spi.UndecodableEventException;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.GetResponse;

class MalformedMessageIT {

    private final BrokerFixture broker = new BrokerFixture();
    private final List<IncomingEvent> calls = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listen() {
        broker.transport("images").listen(broker.listener("images", "resize", retry(5, 100)), e -> {
            calls.add(e);
            if (e.api() == null) {
                throw new UndecodableEventException("not an event: no x-lightbus-api header", null);
            }
            if (new String(e.body(), UTF_8).contains("\"username\":42")) {
                throw new InvalidEventException("$.username: integer found, string expected");
            }
        });
    }

    @AfterEach
    void cleanUp() {
        broker.close();
    }

    @Test
    void aMessageWithoutPropertiesOrHeadersReachesTheHandlerAndIsDeadLetteredAsUndecodable() {
        publishPlain(null, "not json".getBytes(UTF_8));

        String dlq = broker.queue("images", "resize") + ".dlq";
        await().atMost(Duration.ofSeconds(10)).until(() -> broker.messageCount(dlq) == 1);
        assertThat(calls).singleElement().satisfies(e -> {
            assertThat(e).extracting(IncomingEvent::api, IncomingEvent::eventName, IncomingEvent::messageId,
                    IncomingEvent::sourceService, IncomingEvent::timestamp).containsOnlyNulls();
            assertThat(e.attempt()).isEqualTo(1);
            assertThat(e.body()).asString(UTF_8).isEqualTo("not json");
        });
        GetResponse dead = broker.get(dlq);
        assertThat(dead.getBody()).asString(UTF_8).isEqualTo("not json");
        assertThat(RetryAndDeadLetterIT.text(dead.getProps().getHeaders()))
                .contains(entry("x-lightbus-reason", "undecodable"),
                        entry("x-lightbus-error-type", UndecodableEventException.class.getName()),
                        entry("x-lightbus-error-message", "not an event: no x-lightbus-api header"),
                        entry("x-lightbus-attempts", 1), entry("x-lightbus-listener", "images.resize"),
                        entry("x-lightbus-original-exchange", broker.exchange()),
                        entry("x-lightbus-original-routing-key", "user_signed_up"))
                .containsKey("x-lightbus-failed-at");
    }

    @Test
    void aMessageThatDoesNotMatchItsSchemaIsDeadLetteredAsInvalidAtOnce() {
        publishPlain(new AMQP.BasicProperties.Builder().contentType("application/json")
                .headers(Map.of("x-lightbus-api", "auth")).build(), "{\"username\":42}".getBytes(UTF_8));

        String dlq = broker.queue("images", "resize") + ".dlq";
        await().atMost(Duration.ofSeconds(10)).until(() -> broker.messageCount(dlq) == 1);
        assertThat(calls).as("not retried").hasSize(1);
        assertThat(RetryAndDeadLetterIT.text(broker.get(dlq).getProps().getHeaders())).contains(
                entry("x-lightbus-reason", "invalid"),
                entry("x-lightbus-error-type", InvalidEventException.class.getName()),
                entry("x-lightbus-error-message", "$.username: integer found, string expected"),
                entry("x-lightbus-attempts", 1));
    }

    @Test
    void headersOfTheWrongTypeAndBinaryJsonBodiesReachTheHandlerAsTheyAre() {
        byte[] notUtf8 = { (byte) 0xff, 0, (byte) 0xfe, '{' };
        publishPlain(new AMQP.BasicProperties.Builder().contentType("application/json")
                .headers(Map.of("x-lightbus-api", 7, "x-lightbus-attempt", "third", "x-lightbus-timestamp", "now"))
                .build(), notUtf8);
        publishPlain(new AMQP.BasicProperties.Builder().contentType("application/json")
                .headers(Map.of("x-lightbus-api", "auth")).build(), "{\"username\":\"ada\"}".getBytes(UTF_8));

        await().atMost(Duration.ofSeconds(10)).until(() -> calls.size() == 2);
        assertThat(calls.get(0).body()).isEqualTo(notUtf8);
        assertThat(calls.get(0).api()).isNull();
        assertThat(calls.get(0).attempt()).isEqualTo(1);
        assertThat(calls.get(0).timestamp()).isNull();
        assertThat(calls.get(1).body()).asString(UTF_8).isEqualTo("{\"username\":\"ada\"}");
    }

    private void publishPlain(AMQP.BasicProperties properties, byte[] body) {
        broker.withChannel(ch -> {
            ch.confirmSelect();
            ch.basicPublish(broker.exchange(), "user_signed_up", properties, body);
            return ch.waitForConfirms(10_000);
        });
    }
}
