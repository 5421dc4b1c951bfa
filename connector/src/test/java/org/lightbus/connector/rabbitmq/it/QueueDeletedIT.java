package org.lightbus.connector.rabbitmq.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.event;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.retry;
import static org.lightbus.connector.rabbitmq.it.RpcIT.ECHO;
import static org.lightbus.connector.rabbitmq.it.RpcIT.text;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.devbroker.junit.RequiresRabbitMQ;
import org.lightbus.spi.Transport;

/**
 * An operator deletes the queue a listener or a server consumes: RabbitMQ cancels the consumer, and the connector
 * declares the queue again and consumes again, without a restart.
 */
@RequiresRabbitMQ("a consumer cancel notification when its queue is deleted")
class QueueDeletedIT {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

    private final BrokerFixture broker = new BrokerFixture();

    @AfterEach
    void cleanUp() {
        broker.close();
    }

    @Test
    void aListenerWhoseQueueWasDeletedDeclaresItAgainAndReceivesLaterEvents() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        broker.transport("images").listen(broker.listener("images", "resize", retry(3, 100)),
                event -> received.add(new String(event.body(), UTF_8)));
        Transport accounts = broker.transport("accounts");
        accounts.publish(event("before")).toCompletableFuture().get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> received.contains("before"));

        String queue = broker.queue("images", "resize");
        broker.withChannel(channel -> channel.queueDelete(queue));

        // events published before the queue is back are not routed anywhere: publish until one arrives
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            accounts.publish(event("after")).toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertThat(received).contains("after");
        });
    }

    @Test
    void aServerWhoseCallQueueWasDeletedDeclaresItAgainAndServesLaterCalls() throws Exception {
        broker.transport("auth-service").serve(broker.server("auth-service", 2, 4, Duration.ofSeconds(5)), ECHO);
        Transport caller = broker.transport("accounts");
        assertThat(text(caller.call(broker.request("echo", "[1]", CALL_TIMEOUT)).toCompletableFuture().get(10,
                TimeUnit.SECONDS))).isEqualTo("[1]");

        broker.withChannel(channel -> channel.queueDelete(broker.callQueue()));

        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .untilAsserted(() -> assertThat(text(caller.call(broker.request("echo", "[2]", CALL_TIMEOUT))
                        .toCompletableFuture().get(10, TimeUnit.SECONDS))).isEqualTo("[2]"));
    }
}
