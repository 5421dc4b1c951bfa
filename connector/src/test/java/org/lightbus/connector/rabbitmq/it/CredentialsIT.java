package org.lightbus.connector.rabbitmq.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.event;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.retry;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.LightbusException;
import org.lightbus.connector.rabbitmq.RabbitMQTransportFactory;
import org.lightbus.connector.rabbitmq.TestConfigs;
import org.lightbus.devbroker.junit.OutputCapture;
import org.lightbus.devbroker.junit.TestBroker;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.Transport;

/**
 * A password never shows in what the connector prints, logs or throws: neither when the broker refuses the login, nor
 * when it is written into an address, nor in a normal run.
 */
class CredentialsIT {

    private final String secret = "S3cr3t-" + UUID.randomUUID();
    private final BrokerFixture broker = new BrokerFixture();

    @AfterEach
    void cleanUp() {
        broker.close();
    }

    @Test
    void aRefusedLoginNamesTheUserButNotThePassword() {
        Map<String, String> settings = broker.settings();
        settings.put("lightbus.rabbitmq.username", "nobody-" + UUID.randomUUID());
        settings.put("lightbus.rabbitmq.password", secret);
        // other brokers close the connection without saying why, which could be a broker still starting: in the default
        // start mode the transport would wait for it
        settings.put("lightbus.rabbitmq.start-mode", "fail");

        try (OutputCapture capture = OutputCapture.start()) {
            Throwable refused = catchThrowable(
                    () -> new RabbitMQTransportFactory().create(TestConfigs.of(settings), broker.service("mailer")));
            capture.add(refused);

            assertThat(refused).isInstanceOf(LightbusException.class);
            if (TestBroker.kind() == TestBroker.Kind.RABBITMQ) {
                assertThat(refused).hasMessageStartingWith("LBUS03004")
                        .hasMessageContaining(settings.get("lightbus.rabbitmq.username"));
            } else { // the development broker closes the connection without saying why: "possibly" a refused login
                assertThat(refused).hasMessageStartingWith("LBUS03003").hasMessageContaining("authentication");
            }
            assertThat(capture.text()).contains("LBUS0300").doesNotContain(secret);
        }
    }

    @Test
    void aPasswordWrittenIntoAnAddressIsNeverQuoted() {
        try (OutputCapture capture = OutputCapture.start()) {
            for (Map<String, String> wrong : new Map[] {
                    Map.of("lightbus.rabbitmq.addresses", "amqp://guest:" + secret + "@127.0.0.1:5672"),
                    Map.of("lightbus.rabbitmq.addresses", "rabbit-1:5672,guest:" + secret + "@rabbit-2"),
                    Map.of("lightbus.rabbitmq.host", "guest:" + secret + "@127.0.0.1"),
                    Map.of("rabbitmq-host", secret + "@127.0.0.1") }) {
                Map<String, String> settings = broker.settings();
                settings.remove("lightbus.rabbitmq.host");
                settings.putAll(wrong);
                capture.append(String.valueOf(new RabbitMQTransportFactory().configProblems(TestConfigs.of(settings))));
                Throwable invalid = catchThrowable(() -> new RabbitMQTransportFactory().create(TestConfigs.of(settings),
                        broker.service("mailer")));
                capture.add(invalid);

                assertThat(invalid).isInstanceOf(LightbusException.class).hasMessageStartingWith("LBUS03001")
                        .hasMessageContaining(wrong.keySet().iterator().next()).hasMessageContaining("***@");
            }
            assertThat(capture.text()).contains("LBUS03001").doesNotContain(secret);
        }
    }

    @Test
    void aRunThatLogsInShowsNoOtherPasswordOfTheConfiguration() throws Exception {
        try (OutputCapture capture = OutputCapture.start()) {
            Map<String, String> overrides = Map.of("rabbitmq-password", secret, "rabbitmq-username", secret);
            Transport listener = broker.transport(broker.service("images"), overrides);
            Transport publisher = broker.transport(broker.service("signup"), overrides);
            BlockingQueue<IncomingEvent> received = new LinkedBlockingQueue<>();
            listener.listen(broker.listener(broker.service("images"), "Images.resize", retry(1, 10)), event -> {
                received.add(event);
                throw new IllegalStateException("fails once, to log the dead letter");
            });

            publisher.publish(event("{\"username\":\"ada\"}")).toCompletableFuture().get(10, TimeUnit.SECONDS);

            assertThat(received.poll(10, TimeUnit.SECONDS)).extracting(e -> new String(e.body(), UTF_8))
                    .isEqualTo("{\"username\":\"ada\"}");
            capture.append(listener.toString());
            capture.append(publisher.toString());
            listener.close();
            publisher.close();
            assertThat(capture.text()).contains("LBUS03500").doesNotContain(secret);
        }
    }
}
