package org.lightbus.faults.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.lightbus.faults.support.FaultSuite;
import org.lightbus.faults.support.RabbitNode;

import com.rabbitmq.client.BlockedListener;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * The suite's own node takes AMQP clients on its port, and its faults do what the scenarios rely on: a closed
 * connection is closed from the broker's side (and no other), a memory alarm blocks a publishing connection until it is
 * cleared.
 */
@FaultSuite
class RabbitNodeIT {

    @Test
    void closesConnectionsByNameAndRaisesAndClearsMemoryAlarms(RabbitNode node) throws Exception {
        assertThat(node.nodeName()).startsWith("lightbus-faults-").endsWith("@localhost");
        assertThat(node.port()).isNotEqualTo(5672);
        ConnectionFactory factory = new ConnectionFactory();
        factory.setPort(node.port());
        Connection closed = factory.newConnection("node-check-closed");
        try (Connection kept = factory.newConnection("node-check-kept")) {
            assertThat(node.closeConnections("node-check-clo.*")).containsExactly("node-check-closed");
            await().atMost(Duration.ofSeconds(10)).until(() -> !closed.isOpen());
            assertThat(kept.isOpen()).isTrue();

            AtomicBoolean blocked = new AtomicBoolean();
            kept.addBlockedListener(new BlockedListener() {
                @Override
                public void handleBlocked(String reason) {
                    blocked.set(true);
                }

                @Override
                public void handleUnblocked() {
                    blocked.set(false);
                }
            });
            Channel channel = kept.createChannel();
            node.memoryAlarm(true);
            try {
                // the broker blocks a connection, and says so, when it publishes
                channel.basicPublish("", "node-check", null, new byte[1]);
                await().atMost(Duration.ofSeconds(10)).untilTrue(blocked);
            } finally {
                node.memoryAlarm(false);
            }
            await().atMost(Duration.ofSeconds(10)).untilFalse(blocked);
        }
    }
}
