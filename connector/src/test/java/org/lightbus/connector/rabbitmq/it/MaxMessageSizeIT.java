package org.lightbus.connector.rabbitmq.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.retry;
import static org.lightbus.connector.rabbitmq.it.RpcIT.ECHO;
import static org.lightbus.connector.rabbitmq.it.RpcIT.text;

import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.ListenerSpec;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.Transport;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.GetResponse;

/**
 * A message larger than its listener takes goes to the dead-letter queue undecoded, with the reason, its size and the
 * limit, and the listener goes on; a call larger than its server takes gets an error reply, and the server goes on.
 */
class MaxMessageSizeIT {

    private static final int TWO_MIB = 2 * 1024 * 1024;

    private final BrokerFixture broker = new BrokerFixture();

    @AfterEach
    void cleanUp() {
        broker.close();
    }

    @Test
    void aMessageLargerThanTheListenerTakesIsDeadLetteredWithoutReachingItAndTheNextOneArrives() {
        List<IncomingEvent> received = new CopyOnWriteArrayList<>();
        ListenerSpec spec = broker.listener("images", "Images.resize", retry(3, 100));
        assertThat(spec.maxMessageSize()).isEqualTo(1024 * 1024);
        broker.transport("images").listen(spec, received::add);
        String queue = broker.queue("images", "Images.resize");
        byte[] large = new byte[TWO_MIB];
        Arrays.fill(large, (byte) 'x');

        publishToQueue(queue, "too-big", large);
        publishToQueue(queue, "normal", "{\"username\":\"ada\"}".getBytes(UTF_8));

        await().atMost(Duration.ofSeconds(30)).until(() -> received.size() == 1);
        assertThat(received).singleElement().satisfies(event -> {
            assertThat(event.messageId()).isEqualTo("normal");
            assertThat(new String(event.body(), UTF_8)).isEqualTo("{\"username\":\"ada\"}");
        });
        AtomicReference<GetResponse> dead = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            dead.set(broker.get(queue + ".dlq"));
            return dead.get() != null;
        });
        Map<String, Object> headers = dead.get().getProps().getHeaders();
        assertThat(dead.get().getProps().getMessageId()).isEqualTo("too-big");
        assertThat(dead.get().getBody()).isEqualTo(large);
        assertThat(headers.get("x-lightbus-reason")).hasToString("too-large");
        assertThat(headers.get("x-lightbus-size")).isEqualTo((long) TWO_MIB);
        assertThat(headers.get("x-lightbus-max-size")).isEqualTo(1024L * 1024);
        assertThat(headers.get("x-lightbus-listener")).hasToString("images.Images.resize");
        assertThat(headers.get("x-lightbus-attempts")).isEqualTo(1);
        assertThat(headers.get("x-lightbus-original-routing-key")).hasToString(queue);
        assertThat(headers.get("x-lightbus-error-type")).hasToString("org.lightbus.api.LightbusException");
        assertThat(headers.get("x-lightbus-error-message").toString()).startsWith("LBUS03007").contains("2097152",
                "1048576", "lightbus.listener.max-message-size", "lightbus.listener.Images.resize.max-message-size");
        assertThat(broker.messageCount(queue)).as("both acknowledged").isZero();
    }

    @Test
    void aCallLargerThanTheServerTakesGetsAnErrorReplyAndTheServerServesTheNextOne() throws Exception {
        broker.transport("auth-service").serve(broker.server("auth-service", 1, 1, Duration.ofSeconds(5)), ECHO);
        Transport caller = broker.transport("accounts");
        String large = "[\"" + "x".repeat(TWO_MIB) + "\"]";

        RpcReply refused = caller.call(broker.request("echo", large, Duration.ofSeconds(20))).toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        RpcReply served = caller.call(broker.request("echo", "[\"small\"]", Duration.ofSeconds(20)))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);

        assertThat(refused.error()).isTrue();
        assertThat(text(refused)).contains("\"code\":\"LBUS03209\"", "2097156", "1048576",
                "lightbus.api.auth.max-message-size");
        assertThat(served.error()).isFalse();
        assertThat(text(served)).isEqualTo("[\"small\"]");
    }

    private void publishToQueue(String queue, String messageId, byte[] body) {
        broker.withChannel(ch -> {
            ch.basicPublish("", queue,
                    new AMQP.BasicProperties.Builder().contentType("application/json").messageId(messageId)
                            .appId("plain-client").timestamp(new Date()).deliveryMode(2)
                            .headers(Map.of("x-lightbus-api", "auth", "x-lightbus-event", "user_signed_up")).build(),
                    body);
            return null;
        });
    }
}
