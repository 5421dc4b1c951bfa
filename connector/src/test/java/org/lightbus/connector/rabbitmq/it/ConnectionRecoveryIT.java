package org.lightbus.connector.rabbitmq.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.retry;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.devbroker.junit.RequiresRabbitMQ;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.Transport;

@RequiresRabbitMQ("rabbitmqctl close_connection")
class ConnectionRecoveryIT {

    private final BrokerFixture broker = new BrokerFixture();
    private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();

    private final AtomicInteger sequence = new AtomicInteger();
    private final Map<Integer, String> confirmed = new ConcurrentHashMap<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<Void>> publishes = new CopyOnWriteArrayList<>();

    @AfterEach
    void cleanUp() {
        pacer.shutdownNow();
        broker.close();
    }

    @Test
    void everyPublishIsConfirmedAndReceivedAcrossAConnectionLoss() throws Exception {
        String consumerService = broker.service("images");
        String publisherService = broker.service("accounts");
        Set<String> received = ConcurrentHashMap.newKeySet();
        broker.transport(consumerService).listen(broker.listener(consumerService, "resize", retry(3, 100)),
                e -> received.add(e.messageId()));
        Transport publisher = broker.transport(publisherService);
        pacer.scheduleAtFixedRate(() -> publishSome(publisher, publisherService), 0, 5, TimeUnit.MILLISECONDS);
        await().atMost(Duration.ofSeconds(30)).until(() -> confirmed.size() >= 200);

        broker.killConnections(consumerService, publisherService);
        int killedAt = sequence.get();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> confirmed.keySet().stream().filter(n -> n > killedAt).count() >= 200);
        pacer.shutdown();
        assertThat(pacer.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(15)).until(() -> publishes.stream().allMatch(CompletableFuture::isDone));

        assertThat(failures).as("publishes while the connection was down are held and sent after it, not failed")
                .isEmpty();
        assertThat(confirmed.size() + failures.size()).isEqualTo(sequence.get());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(received).containsAll(confirmed.values()));
    }

    private void publishSome(Transport publisher, String source) {
        for (int i = 0; i < 5; i++) {
            int n = sequence.incrementAndGet();
            OutgoingEvent event = new OutgoingEvent(BrokerFixture.API, BrokerFixture.EVENT, "m-" + n, source,
                    Instant.now(), ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8));
            CompletableFuture<Void> publish = publisher.publish(event).toCompletableFuture();
            publishes.add(publish);
            publish.whenComplete((ok, error) -> {
                if (error == null) {
                    confirmed.put(n, event.messageId());
                } else {
                    failures.add(error instanceof CompletionException ? error.getCause() : error);
                }
            });
        }
    }
}
