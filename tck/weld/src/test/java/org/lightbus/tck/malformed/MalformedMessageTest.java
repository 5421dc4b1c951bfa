package org.lightbus.tck.malformed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lightbus.tck.support.Broker;
import org.lightbus.testing.BusApplication;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.GetResponse;

/**
 * Messages published by a plain AMQP client that are not valid events go straight to the dead-letter queue with the
 * reason; the listener keeps running.
 */
class MalformedMessageTest {

    private final Broker broker = new Broker();
    private BusApplication mailer;
    private String queue;

    @BeforeEach
    void start() {
        queue = broker.listenerQueue("mailer", "welcome");
        mailer = BusApplication.named("mailer").in(broker.namespace()).with(Mailer.class).start();
    }

    @AfterEach
    void stop() throws Exception {
        mailer.close();
        broker.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "this is not JSON          | LBUS02007",
            "[1, 2, 3]                 | LBUS02015", "{\"username\": {\"a\": 1}} | LBUS02015",
            "null                      | LBUS02015" })
    void anUndecodableMessageIsDeadLetteredWithTheReason(String body, String code) {
        broker.publishRaw(broker.exchange("auth"), "user_signed_up", properties("raw-1"), body);

        await().atMost(Duration.ofSeconds(10)).until(() -> broker.ready(queue + ".dlq") == 1);
        GetResponse dead = broker.get(queue + ".dlq");
        Map<String, Object> headers = Broker.headers(dead);
        assertThat(headers.get("x-lightbus-reason")).hasToString(code.equals("LBUS02015") ? "invalid" : "undecodable");
        assertThat(headers.get("x-lightbus-error-message").toString()).startsWith(code).contains("auth.user_signed_up");
        assertThat(new String(dead.getBody())).isEqualTo(body);
        assertThat(mailer.bean(Mailer.class).welcomed()).isEmpty();

        broker.publishRaw(broker.exchange("auth"), "user_signed_up", properties("raw-2"),
                "{\"username\":\"ada\",\"email\":\"ada@example.com\",\"avatar\":\"https://example.com/ada\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> mailer.bean(Mailer.class).welcomed().contains("ada"));
    }

    private static AMQP.BasicProperties properties(String messageId) {
        return new AMQP.BasicProperties.Builder().contentType("application/json").messageId(messageId)
                .appId("plain-client").timestamp(new Date()).deliveryMode(2).build();
    }
}
