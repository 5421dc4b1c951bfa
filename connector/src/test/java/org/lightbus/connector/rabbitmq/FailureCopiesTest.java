package org.lightbus.connector.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Envelope;

class FailureCopiesTest {

    private final AMQP.BasicProperties original = new AMQP.BasicProperties.Builder().contentType("application/json")
            .deliveryMode(2).messageId("m-1").appId("accounts").type("auth.user_signed_up").timestamp(new Date(1000))
            .userId("publisher").expiration("60000")
            .headers(Map.of("x-lightbus-api", "auth", "x-lightbus-event", "user_signed_up", "x-death", List.of()))
            .build();

    private final Envelope fromExchange = new Envelope(7, false, "ns.auth", "user_signed_up");

    @Test
    void retryCopyCountsTheAttemptAndExpiresAfterTheBackoffInTheRetryQueue() {
        AMQP.BasicProperties copy = FailureCopies.retry(original, fromExchange, 2, new IllegalStateException("boom"));

        assertThat(copy.getExpiration()).isNull();
        assertThat(FailureCopies.expiring(copy, Duration.ofMillis(400)).getExpiration()).isEqualTo("400");
        assertThat(copy.getHeaders()).contains(entry("x-lightbus-attempt", 3),
                entry("x-lightbus-last-error-type", "java.lang.IllegalStateException"),
                entry("x-lightbus-last-error-message", "boom"), entry("x-lightbus-original-exchange", "ns.auth"),
                entry("x-lightbus-original-routing-key", "user_signed_up"), entry("x-lightbus-api", "auth"))
                .doesNotContainKey("x-death");
        assertKeptProperties(copy);
    }

    @Test
    void deadLetterCopyCarriesTheFailureAndKeepsTheFirstOrigin() {
        AMQP.BasicProperties retried = FailureCopies
                .expiring(FailureCopies.retry(original, fromExchange, 1, new RuntimeException()), Duration.ZERO);
        Envelope backFromRetryQueue = new Envelope(8, false, "", "ns.svc.listener");

        AMQP.BasicProperties copy = FailureCopies.deadLetter(retried, backFromRetryQueue, "listener-failed", 2,
                "svc.listener", new IllegalArgumentException("bad"), Instant.ofEpochMilli(5000));

        assertThat(copy.getExpiration()).isNull();
        assertThat(copy.getHeaders()).contains(entry("x-lightbus-reason", "listener-failed"),
                entry("x-lightbus-error-type", "java.lang.IllegalArgumentException"),
                entry("x-lightbus-error-message", "bad"), entry("x-lightbus-attempts", 2),
                entry("x-lightbus-listener", "svc.listener"), entry("x-lightbus-original-exchange", "ns.auth"),
                entry("x-lightbus-original-routing-key", "user_signed_up"), entry("x-lightbus-failed-at", 5000L),
                entry("x-lightbus-api", "auth"));
        assertKeptProperties(copy);
    }

    @Test
    void aMissingErrorMessageIsEmptyAndALongOneIsCut() {
        AMQP.BasicProperties noMessage = FailureCopies.deadLetter(original, fromExchange, "undecodable", 1, "s.l",
                new RuntimeException(), Instant.EPOCH);
        AMQP.BasicProperties longMessage = FailureCopies.deadLetter(original, fromExchange, "undecodable", 1, "s.l",
                new RuntimeException("x".repeat(5000)), Instant.EPOCH);

        assertThat(noMessage.getHeaders()).containsEntry("x-lightbus-error-message", "");
        assertThat((String) longMessage.getHeaders().get("x-lightbus-error-message")).hasSize(1003).endsWith("...");
    }

    private void assertKeptProperties(AMQP.BasicProperties copy) {
        assertThat(copy.getContentType()).isEqualTo("application/json");
        assertThat(copy.getDeliveryMode()).isEqualTo(2);
        assertThat(copy.getMessageId()).isEqualTo("m-1");
        assertThat(copy.getAppId()).isEqualTo("accounts");
        assertThat(copy.getType()).isEqualTo("auth.user_signed_up");
        assertThat(copy.getTimestamp()).isEqualTo(new Date(1000));
        assertThat(copy.getUserId()).isNull();
    }
}
