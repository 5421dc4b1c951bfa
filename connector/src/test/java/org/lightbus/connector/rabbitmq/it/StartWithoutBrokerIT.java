package org.lightbus.connector.rabbitmq.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.event;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.retry;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.LightbusException;
import org.lightbus.api.PublishException;
import org.lightbus.devbroker.junit.BrokerProxy;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.Transport;

/**
 * With {@code lightbus.rabbitmq.start-mode=wait} (the default) an application starts while the broker is away: its
 * listeners and servers start once it connects, events published meanwhile are held, and calls fail at once.
 */
class StartWithoutBrokerIT {

    private final BrokerFixture broker = new BrokerFixture();
    private BrokerProxy proxy;

    @AfterEach
    void cleanUp() {
        broker.close();
    }

    private Transport startWhileTheBrokerIsDown(String service, Map<String, String> overrides) {
        proxy = broker.proxy();
        proxy.down();
        return broker.transport(service, proxy, overrides);
    }

    @Test
    void listenersServersAndHeldEventsStartOnceTheBrokerAnswers() throws Exception {
        String service = broker.service("images");
        broker.callQueue();
        Transport transport = startWhileTheBrokerIsDown(service, Map.of());
        Set<String> received = ConcurrentHashMap.newKeySet();
        transport.listen(broker.listener(service, "resize", retry(3, 100)), e -> received.add(e.messageId()));
        transport.serve(broker.server(service, 2, 4, Duration.ofSeconds(5)),
                request -> CompletableFuture.completedFuture(new RpcReply(false, "\"pong\"".getBytes(UTF_8))));
        OutgoingEvent early = event("{\"n\":1}");
        CompletableFuture<Void> publish = transport.publish(early).toCompletableFuture();

        assertThat(transport.call(broker.request("ping", "{}", Duration.ofSeconds(5))))
                .as("a call made before the broker was reached").failsWithin(Duration.ofSeconds(5)).withThrowableThat()
                .havingCause().isInstanceOfSatisfying(LightbusException.class, e -> {
                    assertThat(e.code()).isEqualTo("LBUS03212");
                    assertThat(e.getMessage()).contains("lightbus.rabbitmq.start-mode");
                });
        assertThat(publish).as("held until the broker is reached").isNotDone();
        proxy.up();

        assertThat(publish).succeedsWithin(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(30)).until(() -> received.contains(early.messageId()));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> transport.call(broker.request("ping", "{}", Duration.ofSeconds(5))).toCompletableFuture()
                        .join().error() == false);
    }

    @Test
    void aListenerClosedBeforeTheBrokerAnswersNeverStarts() throws Exception {
        String service = broker.service("images");
        Transport transport = startWhileTheBrokerIsDown(service, Map.of());
        transport.listen(broker.listener(service, "resize", retry(3, 100)), e -> {
        }).close();
        Transport other = broker.transport(broker.service("accounts"));
        proxy.up();

        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> transport.publish(event("{}")).toCompletableFuture().join() == null);
        assertThat(other.publish(event("{}"))).succeedsWithin(Duration.ofSeconds(10));
        assertThat(broker.queueExists(broker.queue(service, "resize"))).as("its queue was never declared").isFalse();
    }

    @Test
    void eventsHeldLongerThanTheOutageHoldFail() throws Exception {
        Transport transport = startWhileTheBrokerIsDown(broker.service("accounts"),
                Map.of("lightbus.publish.outage-hold", "500ms"));

        assertThat(transport.publish(event("{}"))).failsWithin(Duration.ofSeconds(20)).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(PublishException.class, e -> assertThat(e.code()).isEqualTo("LBUS03108"));
    }

    @Test
    void beyondMaxInFlightAPublishWaitsForRoomThenFails() throws Exception {
        Transport transport = startWhileTheBrokerIsDown(broker.service("accounts"),
                Map.of("lightbus.publish.max-in-flight", "1", "lightbus.publish.confirm-timeout", "1s"));
        CompletableFuture<Void> held = transport.publish(event("{}")).toCompletableFuture();

        assertThat(CompletableFuture.supplyAsync(() -> transport.publish(event("{}"))).thenCompose(stage -> stage))
                .failsWithin(Duration.ofSeconds(20)).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(PublishException.class, e -> {
                    assertThat(e.code()).isEqualTo("LBUS03109");
                    assertThat(e.getMessage()).contains("1 publishes", "within 1000 ms");
                });
        proxy.up();
        assertThat(held).succeedsWithin(Duration.ofSeconds(30));
    }
}
