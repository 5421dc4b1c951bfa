package org.lightbus.connector.rabbitmq.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.event;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.retry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.PublishException;
import org.lightbus.devbroker.junit.BrokerProxy;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.Transport;

import com.rabbitmq.client.GetResponse;

/**
 * A short outage is ridden out: event publishes made while the connection is down, and those the lost connection had
 * not had confirmed, are held and sent when it is back, with the same message id; what cannot be sent within the bounds
 * fails.
 */
class OutageIT {

    private final BrokerFixture broker = new BrokerFixture();
    private BrokerProxy proxy;

    @AfterEach
    void cleanUp() {
        broker.close();
    }

    private Transport transportThroughProxy(Map<String, String> overrides) {
        proxy = broker.proxy();
        return broker.transport(broker.service("accounts"), proxy, overrides);
    }

    @Test
    void publishesMadeDuringAnOutageAreSentWithTheirMessageIdWhenTheConnectionIsBack() throws Exception {
        String probe = broker.probeQueue();
        Transport transport = transportThroughProxy(Map.of());
        assertThat(transport.publish(event("{\"n\":0}"))).succeedsWithin(Duration.ofSeconds(10));

        proxy.down();
        List<OutgoingEvent> events = new ArrayList<>();
        List<CompletableFuture<Void>> publishes = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            OutgoingEvent event = event("{\"n\":" + n + "}");
            events.add(event);
            publishes.add(transport.publish(event).toCompletableFuture());
        }
        assertThat(publishes).as("nothing can confirm them while the broker is away").noneMatch(f -> f.isDone());
        proxy.up();

        assertThat(CompletableFuture.allOf(publishes.toArray(CompletableFuture[]::new)))
                .succeedsWithin(Duration.ofSeconds(30));
        Set<String> ids = messageIds(probe);
        assertThat(ids).containsAll(events.stream().map(OutgoingEvent::messageId).toList());
    }

    @Test
    void aPublishTheLostConnectionHadNotConfirmedIsSentAgainWithTheSameMessageId() throws Exception {
        String probe = broker.probeQueue();
        Transport transport = transportThroughProxy(Map.of());
        assertThat(transport.publish(event("{\"n\":0}"))).succeedsWithin(Duration.ofSeconds(10));

        proxy.freeze(); // its confirm never comes
        OutgoingEvent unconfirmed = event("{\"n\":1}");
        CompletableFuture<Void> publish = transport.publish(unconfirmed).toCompletableFuture();
        proxy.down();
        proxy.thaw();
        proxy.up();

        assertThat(publish).succeedsWithin(Duration.ofSeconds(30));
        assertThat(messageIds(probe)).contains(unconfirmed.messageId());
    }

    @Test
    void aPublishHeldLongerThanTheOutageHoldFailsAndPublishingResumesAfterTheOutage() throws Exception {
        Transport transport = transportThroughProxy(Map.of("lightbus.publish.outage-hold", "1s"));
        assertThat(transport.publish(event("{}"))).succeedsWithin(Duration.ofSeconds(10));

        proxy.down();
        OutgoingEvent event = event("{\"n\":1}");
        assertThat(transport.publish(event)).failsWithin(Duration.ofSeconds(20)).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(PublishException.class, e -> {
                    assertThat(e.code()).isEqualTo("LBUS03108");
                    assertThat(e.messageId()).isEqualTo(event.messageId());
                    assertThat(e.getMessage()).contains("connection to RabbitMQ was down", "1000 ms",
                            "lightbus.publish.outage-hold");
                });
        proxy.up();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> transport.publish(event("{\"n\":2}")).toCompletableFuture().join() == null);
    }

    @Test
    void beyondMaxInFlightAPublishWaitsForASlotThenFails() throws Exception {
        Transport transport = transportThroughProxy(Map.of("lightbus.publish.max-in-flight", "2",
                "lightbus.publish.confirm-timeout", "1s", "lightbus.publish.outage-hold", "60s"));
        assertThat(transport.publish(event("{}"))).succeedsWithin(Duration.ofSeconds(10));

        proxy.down();
        CompletableFuture<Void> first = transport.publish(event("{\"n\":1}")).toCompletableFuture();
        CompletableFuture<Void> second = transport.publish(event("{\"n\":2}")).toCompletableFuture();
        CompletableFuture<Void> third = CompletableFuture.supplyAsync(() -> transport.publish(event("{\"n\":3}")))
                .thenCompose(stage -> stage);

        assertThat(third).failsWithin(Duration.ofSeconds(20)).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(PublishException.class, e -> {
                    assertThat(e.code()).isEqualTo("LBUS03109");
                    assertThat(e.getMessage()).contains("2 publishes", "lightbus.publish.max-in-flight");
                });
        proxy.up();
        assertThat(CompletableFuture.allOf(first, second)).as("the held ones go out after the outage")
                .succeedsWithin(Duration.ofSeconds(30));
    }

    @Test
    void aListenerResumesAfterAnOutageAndReceivesWhatWasPublishedDuringIt() throws Exception {
        String service = broker.service("images");
        Transport transport = transportThroughProxy(Map.of());
        Set<String> received = ConcurrentHashMap.newKeySet();
        transport.listen(broker.listener(service, "resize", retry(3, 100)), e -> received.add(e.messageId()));

        proxy.down();
        OutgoingEvent event = event("{\"n\":1}");
        CompletableFuture<Void> publish = transport.publish(event).toCompletableFuture();
        proxy.up();

        assertThat(publish).succeedsWithin(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(30)).until(() -> received.contains(event.messageId()));
    }

    private Set<String> messageIds(String queue) {
        Set<String> ids = new HashSet<>();
        for (GetResponse message; (message = broker.get(queue)) != null;) {
            ids.add(message.getProps().getMessageId());
        }
        return ids;
    }
}
