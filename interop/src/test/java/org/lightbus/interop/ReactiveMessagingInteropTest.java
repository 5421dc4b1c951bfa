package org.lightbus.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * An application that uses Lightbus and MicroProfile Reactive Messaging (SmallRye's RabbitMQ connector) side by side:
 * both take the broker from the same {@code rabbitmq-*} keys, and an {@code @Incoming} method receives the events the
 * application fires on the bus, as plain JSON.
 */
class ReactiveMessagingInteropTest {

    @Test
    void anIncomingMethodReceivesLightbusEvents() {
        try (WeldContainer application = new Weld("interop").initialize()) {
            Signup signup = application.select(Signup.class).get();
            ReactiveSignups reactive = application.select(ReactiveSignups.class).get();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                signup.signUp("probe"); // until the Reactive Messaging consumer is bound
                assertThat(reactive.usernames()).contains("probe");
            });
            signup.signUp("ada");
            signup.signUp("grace");

            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(reactive.usernames()).contains("ada", "grace"));
        }
    }

    @AfterAll
    static void deleteTopology() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(URI.create("amqp://guest:guest@127.0.0.1:5672/%2F"));
        try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
            channel.queueDelete("lightbus-interop.reactive-signups");
            channel.exchangeDelete("lightbus-interop.auth");
        }
    }
}
