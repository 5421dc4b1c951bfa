package org.lightbus.connector.rabbitmq.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.retry;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.devbroker.junit.BrokerProxy;
import org.lightbus.devbroker.junit.RequiresRabbitMQ;
import org.lightbus.spi.ListenerHandle;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.Transport;
import org.lightbus.spi.TransportHealth;

/**
 * What the transport tells the health checks: its connection, and whether each listener and server consumes, through an
 * outage and after the broker cancelled a consumer.
 */
class HealthIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final BrokerFixture broker = new BrokerFixture();

    @AfterEach
    void cleanUp() {
        broker.close();
    }

    @Test
    void listenersAndServersConsumeUntilTheConnectionIsDownAndAgainOnceItIsBack() {
        BrokerProxy proxy = broker.proxy();
        Transport transport = broker.transport(broker.service("images"), proxy, Map.of());
        ListenerHandle listener = transport.listen(broker.listener("images", "resize", retry(3, 100)), e -> {
        });
        transport.serve(broker.server("images", 1, 1, Duration.ofSeconds(1)),
                call -> CompletableFuture.completedFuture(new RpcReply(false, new byte[0])));

        await().atMost(WAIT).untilAsserted(() -> assertThat(transport.health()).satisfies(health -> {
            assertThat(health.connected()).isTrue();
            assertThat(health.problem()).isNull();
            assertThat(health.consumersReported()).isTrue();
            assertThat(health.listeners()).containsExactly(Map.entry("resize", true));
            assertThat(health.servers()).containsExactly(Map.entry(BrokerFixture.API, true));
        }));

        proxy.down();
        await().atMost(WAIT).untilAsserted(() -> assertThat(transport.health()).satisfies(health -> {
            assertThat(health.connected()).isFalse();
            assertThat(health.problem()).startsWith("LBUS03213: The connection to RabbitMQ at");
            assertThat(health.listeners()).containsExactly(Map.entry("resize", false));
        }));

        proxy.up();
        await().atMost(WAIT).untilAsserted(() -> assertThat(transport.health()).satisfies(health -> {
            assertThat(health.connected()).isTrue();
            assertThat(health.listeners()).containsExactly(Map.entry("resize", true));
            assertThat(health.servers()).containsValue(true);
        }));

        listener.close();
        assertThat(transport.health().listeners()).isEmpty();
    }

    @Test
    @RequiresRabbitMQ("a consumer cancel notification when its queue is deleted")
    void aListenerWhoseQueueWasDeletedIsDeclaredAgainAndReportedConsuming() {
        Transport transport = broker.transport(broker.service("images"));
        transport.listen(broker.listener("images", "resize", retry(3, 100)), e -> {
        });
        TransportHealth before = transport.health();
        assertThat(before.listeners()).containsExactly(Map.entry("resize", true));

        broker.withChannel(channel -> channel.queueDelete(broker.queue("images", "resize")));

        // cancelled by the broker, then declared again and consumed from (ConsumerChannel); what the transport reports
        // matches what the broker sees
        String queue = broker.queue("images", "resize");
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(broker.queueExists(queue)).isTrue();
            int consumers = broker.withChannel(channel -> channel.queueDeclarePassive(queue).getConsumerCount());
            assertThat(consumers).isOne();
            assertThat(transport.health().listeners()).containsExactly(Map.entry("resize", true));
        });
    }
}
