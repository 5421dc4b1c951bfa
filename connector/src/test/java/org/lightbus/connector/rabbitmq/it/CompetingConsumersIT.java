package org.lightbus.connector.rabbitmq.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.event;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.retry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.Transport;

class CompetingConsumersIT {

    private static final int EVENTS = 1000;

    private final BrokerFixture broker = new BrokerFixture();

    @AfterEach
    void cleanUp() {
        broker.close();
    }

    @Test
    void instancesOfOneListenerShareTheEventsAndAnotherListenerGetsThemAllInOrder() throws Exception {
        Queue<String> first = new ConcurrentLinkedQueue<>();
        Queue<String> second = new ConcurrentLinkedQueue<>();
        Queue<String> otherListener = new ConcurrentLinkedQueue<>();
        broker.transport("images").listen(broker.listener("images", "resize", retry(3, 100)),
                e -> first.add(e.messageId()));
        broker.transport("images").listen(broker.listener("images", "resize", retry(3, 100)),
                e -> second.add(e.messageId()));
        broker.transport("images").listen(broker.listener("images", "thumbnail", retry(3, 100)),
                e -> otherListener.add(e.messageId()));
        Transport publisher = broker.transport("accounts");

        List<String> published = new ArrayList<>();
        List<CompletableFuture<Void>> confirms = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            OutgoingEvent event = event("{\"n\":" + i + "}");
            published.add(event.messageId());
            confirms.add(publisher.publish(event).toCompletableFuture());
        }
        CompletableFuture.allOf(confirms.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> first.size() + second.size() >= EVENTS && otherListener.size() >= EVENTS);
        List<String> shared = new ArrayList<>(first);
        shared.addAll(second);
        assertThat(shared).hasSize(EVENTS).containsExactlyInAnyOrderElementsOf(published);
        assertThat(first).isNotEmpty();
        assertThat(second).isNotEmpty();
        assertThat(otherListener).as("one consumer gets the events in publish order")
                .containsExactlyElementsOf(published);
    }
}
