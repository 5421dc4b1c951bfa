package org.lightbus.connector.rabbitmq.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.event;
import static org.lightbus.connector.rabbitmq.it.BrokerFixture.retry;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.devbroker.junit.RequiresRabbitMQ;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.ListenerHandle;
import org.lightbus.spi.NotHandledException;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.Transport;

import com.rabbitmq.client.GetResponse;

class RetryAndDeadLetterIT {

    private final BrokerFixture broker = new BrokerFixture();

    private record Call(IncomingEvent event, long nanos) {
    }

    @AfterEach
    void cleanUp() {
        broker.close();
    }

    @Test
    void aFailedEventIsRetriedWithTheNextAttemptAfterTheBackoffThenAcknowledged() throws Exception {
        List<Call> calls = new CopyOnWriteArrayList<>();
        Transport transport = broker.transport("images");
        ListenerHandle handle = transport.listen(broker.listener("images", "resize", retry(3, 300)), e -> {
            calls.add(new Call(e, System.nanoTime()));
            if (e.attempt() == 1) {
                throw new IllegalStateException("first time fails");
            }
        });
        OutgoingEvent event = event("{}");

        broker.transport("accounts").publish(event).toCompletableFuture().get(10, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(10)).until(() -> calls.size() >= 2);
        assertThat(calls).extracting(c -> c.event().attempt()).containsExactly(1, 2);
        assertThat(calls).extracting(c -> c.event().messageId()).containsOnly(event.messageId());
        assertThat(calls.get(1).event().body()).isEqualTo(event.body());
        assertThat(Duration.ofNanos(calls.get(1).nanos() - calls.get(0).nanos()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(300));

        handle.close(); // an unacknowledged message would go back to the queue now
        String queue = broker.queue("images", "resize");
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> broker.messagesIn(queue, queue + ".retry", queue + ".dlq") == 0);
        assertThat(calls).hasSize(2);
    }

    @Test
    void anEventTheHandlerGivesBackIsDeliveredAgainAsTheSameAttempt() throws Exception {
        List<Integer> attempts = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        // one attempt only: counted as a failure, the event would be dead-lettered
        broker.transport("images").listen(broker.listener("images", "resize", retry(1, 100)), e -> {
            if (calls.incrementAndGet() == 1) {
                throw new NotHandledException("the channel is stopping");
            }
            attempts.add(e.attempt());
        });

        broker.transport("accounts").publish(event("{}")).toCompletableFuture().get(10, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(30)).until(() -> attempts.size() == 1);
        assertThat(attempts).containsExactly(1);
        assertThat(calls).hasValue(2);
        String queue = broker.queue("images", "resize");
        assertThat(broker.messagesIn(queue + ".retry", queue + ".dlq")).isZero();
    }

    @Test
    void anEventThatAlwaysFailsIsCalledMaxAttemptsTimesThenDeadLetteredAndLaterEventsStillFlow() throws Exception {
        List<IncomingEvent> calls = new CopyOnWriteArrayList<>();
        List<IncomingEvent> handled = new CopyOnWriteArrayList<>();
        broker.transport("images").listen(broker.listener("images", "resize", retry(3, 100)), e -> {
            if (new String(e.body(), UTF_8).contains("poison")) {
                calls.add(e);
                throw new IllegalStateException("cannot resize");
            }
            handled.add(e);
        });
        Transport publisher = broker.transport("accounts");
        OutgoingEvent poison = event("{\"poison\":true}");
        long before = System.currentTimeMillis();

        publisher.publish(poison).toCompletableFuture().get(10, TimeUnit.SECONDS);

        String dlq = broker.queue("images", "resize") + ".dlq";
        await().atMost(Duration.ofSeconds(10)).until(() -> broker.messageCount(dlq) == 1);
        assertThat(calls).extracting(IncomingEvent::attempt).containsExactly(1, 2, 3);

        GetResponse dead = broker.get(dlq);
        assertThat(dead.getBody()).isEqualTo(poison.body());
        assertThat(dead.getProps().getMessageId()).isEqualTo(poison.messageId());
        assertThat(dead.getProps().getAppId()).isEqualTo("accounts");
        assertThat(dead.getProps().getDeliveryMode()).isEqualTo(2);
        Map<String, Object> headers = text(dead.getProps().getHeaders());
        assertThat(headers).contains(entry("x-lightbus-reason", "listener-failed"),
                entry("x-lightbus-error-type", "java.lang.IllegalStateException"),
                entry("x-lightbus-error-message", "cannot resize"), entry("x-lightbus-attempts", 3),
                entry("x-lightbus-listener", "images.resize"),
                entry("x-lightbus-original-exchange", broker.namespace + ".auth"),
                entry("x-lightbus-original-routing-key", "user_signed_up"), entry("x-lightbus-api", "auth"),
                entry("x-lightbus-event", "user_signed_up"),
                entry("x-lightbus-timestamp", poison.timestamp().toEpochMilli()));
        assertThat((Long) headers.get("x-lightbus-failed-at")).isBetween(before, System.currentTimeMillis());

        OutgoingEvent fine = event("{\"fine\":true}");
        publisher.publish(fine).toCompletableFuture().get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 1);
        assertThat(handled.get(0).messageId()).isEqualTo(fine.messageId());
        assertThat(calls).hasSize(3);
    }

    @Test
    @RequiresRabbitMQ("basic.return before the confirm of an unroutable copy")
    void anEventThatFailsForGoodAfterAnOperatorDeletedTheDeadLetterQueueEndsInTheDeclaredAgainQueue() throws Exception {
        List<IncomingEvent> calls = new CopyOnWriteArrayList<>();
        broker.transport("images").listen(broker.listener("images", "resize", retry(1, 100)), e -> {
            calls.add(e);
            throw new IllegalStateException("cannot resize");
        });
        String dlq = broker.queue("images", "resize") + ".dlq";
        broker.withChannel(ch -> ch.queueDelete(dlq));
        OutgoingEvent poison = event("{\"poison\":true}");

        broker.transport("accounts").publish(poison).toCompletableFuture().get(10, TimeUnit.SECONDS);

        // the first copy is returned unroutable: the queues are declared again and the event comes back
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> broker.messageCount(dlq) == 1);
        assertThat(calls).hasSizeGreaterThanOrEqualTo(2).extracting(IncomingEvent::messageId)
                .containsOnly(poison.messageId());
        GetResponse dead = broker.get(dlq);
        assertThat(dead.getProps().getMessageId()).isEqualTo(poison.messageId());
        assertThat(dead.getBody()).isEqualTo(poison.body());
        assertThat(broker.messageCount(broker.queue("images", "resize"))).isZero();
    }

    static Map<String, Object> text(Map<String, Object> headers) {
        Map<String, Object> result = new HashMap<>();
        headers.forEach((k, v) -> result.put(k, v instanceof Number || v instanceof List ? v : String.valueOf(v)));
        return result;
    }
}
