package org.lightbus.devbroker;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

class DevBrokerTest {

    private static final Duration CONFIRM = Duration.ofSeconds(30);

    @Test
    void routesConfirmsAndDeliversWhatTheRabbitMqClientSendsAsGuest() throws Exception {
        int port = freePort();
        try (DevBroker broker = DevBroker.start("127.0.0.1", port); Connection connection = connect(port)) {
            Channel channel = connection.createChannel();
            channel.exchangeDeclare("dev.auth", BuiltinExchangeType.TOPIC, true);
            String queue = channel.queueDeclare("dev.images.resize", true, false, false, null).getQueue();
            channel.queueBind(queue, "dev.auth", "user_signed_up");
            channel.confirmSelect();

            channel.basicPublish("dev.auth", "user_signed_up", true,
                    new AMQP.BasicProperties.Builder().messageId("m-1").deliveryMode(2).build(), "ada".getBytes(UTF_8));

            assertThat(channel.waitForConfirms(CONFIRM.toMillis())).as("confirmed").isTrue();
            GetResponse got = channel.basicGet(queue, false);
            assertThat(got).isNotNull();
            assertThat(new String(got.getBody(), UTF_8)).isEqualTo("ada");
            assertThat(got.getProps().getMessageId()).isEqualTo("m-1");
            assertThat(connection.getServerProperties().get("product").toString()).isNotEqualTo("RabbitMQ");
        }
    }

    @Test
    void aTakenPortIsNamedInTheError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> DevBroker.start("127.0.0.1", taken.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void stopsSoThatTheSamePortCanBeUsedAgain() throws Exception {
        int port = freePort();
        DevBroker.start("127.0.0.1", port).close();

        assertThat(DevBroker.answers("127.0.0.1", port, Duration.ofSeconds(1))).as("answers after close").isFalse();
        try (DevBroker again = DevBroker.start("127.0.0.1", port)) {
            assertThat(DevBroker.answers("127.0.0.1", port, Duration.ofSeconds(5))).as("answers when restarted")
                    .isTrue();
        }
    }

    private static Connection connect(int port) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(port);
        return factory.newConnection("dev-broker-test");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
