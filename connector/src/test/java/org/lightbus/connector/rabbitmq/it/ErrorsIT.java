package org.lightbus.connector.rabbitmq.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.event;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.retry;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.LightbusException;
import org.lightbus.api.PublishException;
import org.lightbus.connector.rabbitmq.RabbitMQTransportFactory;
import org.lightbus.connector.rabbitmq.TestConfigs;
import org.lightbus.devbroker.junit.RequiresRabbitMQ;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.Transport;

class ErrorsIT {

    private final BrokerFixture broker = new BrokerFixture();

    @AfterEach
    void cleanUp() {
        broker.close();
    }

    @Test
    void withStartModeFailCreateFailsNamingHostPortAndKeysWhenNothingListens() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> settings = broker.settings();
        settings.put("lightbus.rabbitmq.host", "127.0.0.1");
        settings.put("lightbus.rabbitmq.port", Integer.toString(closedPort));
        settings.put("lightbus.rabbitmq.connection-timeout", "2s");
        settings.put("lightbus.rabbitmq.start-mode", "fail");

        LightbusException e = catchThrowableOfType(LightbusException.class,
                () -> new RabbitMQTransportFactory().create(TestConfigs.of(settings), "accounts"));

        assertThat(e.code()).isEqualTo("LBUS03003");
        assertThat(e.getMessage()).startsWith("LBUS03003: Cannot connect to RabbitMQ at 127.0.0.1:" + closedPort)
                .contains("lightbus.rabbitmq.host", "lightbus.rabbitmq.port", "rabbitmq-host", "rabbitmq-port");
    }

    @Test
    @RequiresRabbitMQ("ACCESS_REFUSED for a refused login")
    void createFailsNamingTheUserButNotThePasswordWhenTheLoginIsRefused() {
        Map<String, String> settings = broker.settings();
        settings.put("lightbus.rabbitmq.password", "wrong-secret");

        LightbusException e = catchThrowableOfType(LightbusException.class,
                () -> new RabbitMQTransportFactory().create(TestConfigs.of(settings), "accounts"));

        assertThat(e.code()).isEqualTo("LBUS03004");
        assertThat(e.getMessage()).contains("'guest'", "lightbus.rabbitmq.password").doesNotContain("wrong-secret");
    }

    @Test
    @RequiresRabbitMQ("queue types")
    void listenFailsClearlyWhenTheQueueExistsWithAnotherType() {
        String queue = broker.queue("images", "resize");
        broker.listener("images", "resize", retry(3, 100)); // for the clean-up
        broker.withChannel(ch -> ch.queueDeclare(queue, true, false, false, Map.of("x-queue-type", "classic")));
        Transport transport = broker.transport("images");

        LightbusException e = catchThrowableOfType(LightbusException.class,
                () -> transport.listen(broker.listener("images", "resize", retry(3, 100)), event -> {
                }));

        assertThat(e.code()).isEqualTo("LBUS03006");
        assertThat(e.getMessage()).contains("images.resize", queue, "x-queue-type", "lightbus.rabbitmq.queue-type");
        assertThatCode(() -> transport.publish(event("{}")).toCompletableFuture().get()).as("the transport still works")
                .doesNotThrowAnyException();
    }

    @Test
    @RequiresRabbitMQ("a channel error, not a connection error, for a redeclared exchange")
    void aPublishTheBrokerRejectsWithAChannelErrorFailsAndThePublisherRecovers() {
        String billing = broker.exchange("billing");
        broker.withChannel(ch -> ch.exchangeDeclare(billing, "direct", true));
        Transport transport = broker.transport("accounts");
        OutgoingEvent invoicePaid = new OutgoingEvent("billing", "invoice_paid", "m-1", "accounts", Instant.now(),
                "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(transport.publish(invoicePaid)).failsWithin(Duration.ofSeconds(10)).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(PublishException.class, e -> {
                    // closed while waiting for the confirm, or already when the event was written
                    assertThat(e.code()).isIn("LBUS03103", "LBUS03104");
                    assertThat(e.getMessage()).contains("inequivalent arg 'type'");
                });
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(transport.publish(event("{}"))).succeedsWithin(Duration.ofSeconds(5)));
    }

    @Test
    void aClosedTransportFailsPublishesAndListensAndClosesOnlyOnce() {
        Transport transport = broker.transport("accounts");

        transport.close();
        transport.close();

        assertThat(transport.publish(event("{}"))).failsWithin(Duration.ofSeconds(1)).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(PublishException.class, e -> assertThat(e.code()).isEqualTo("LBUS03105"));
        LightbusException e = catchThrowableOfType(LightbusException.class,
                () -> transport.listen(broker.listener("images", "resize", retry(3, 100)), event -> {
                }));
        assertThat(e.code()).isEqualTo("LBUS03005");
    }
}
