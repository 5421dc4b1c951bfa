package org.lightbus.connector.rabbitmq.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.connector.rabbitmq.ChannelFaults;

/** {@code lightbus.rabbitmq.heartbeat} is the interval the connection asks the broker for. */
class HeartbeatIT {

    private final BrokerFixture broker = new BrokerFixture();

    @AfterEach
    void cleanUp() {
        broker.close();
    }

    @Test
    void theConnectionUsesTheConfiguredHeartbeat() {
        assertThat(ChannelFaults.heartbeatSeconds(
                broker.transport(broker.service("accounts"), Map.of("lightbus.rabbitmq.heartbeat", "7s"))))
                        .isEqualTo(7);
        assertThat(ChannelFaults.heartbeatSeconds(broker.transport(broker.service("images")))).as("the default")
                .isEqualTo(60);
    }
}
