package org.lightbus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.impl.LongStringHelper;

/** Dead letters read from the connector's headers, printed, and copied for a replay. */
class DeadLetterTest {

    static final Instant FIRED = Instant.parse("2025-05-01T10:00:00.123Z");
    static final Instant FAILED = Instant.parse("2025-05-01T10:00:01.456Z");

    /** The properties of a dead letter as the connector writes them; AMQP strings arrive as LongStrings. */
    static AMQP.BasicProperties deadLetter(Map<String, Object> extra) {
        Map<String, Object> headers = new HashMap<>();
        headers.put("x-lightbus-api", LongStringHelper.asLongString("shop"));
        headers.put("x-lightbus-event", LongStringHelper.asLongString("order_placed"));
        headers.put("x-lightbus-timestamp", FIRED.toEpochMilli());
        headers.put("x-lightbus-reason", LongStringHelper.asLongString("listener-failed"));
        headers.put("x-lightbus-error-type", LongStringHelper.asLongString("java.lang.IllegalStateException"));
        headers.put("x-lightbus-error-message", LongStringHelper.asLongString("no stock for o-1"));
        headers.put("x-lightbus-attempts", 5);
        headers.put("x-lightbus-listener", LongStringHelper.asLongString("billing.charge"));
        headers.put("x-lightbus-failed-at", FAILED.toEpochMilli());
        headers.put("x-lightbus-original-exchange", LongStringHelper.asLongString("lightbus.shop"));
        headers.put("x-lightbus-original-routing-key", LongStringHelper.asLongString("order_placed"));
        headers.put("x-lightbus-attempt", 5);
        headers.put("x-lightbus-last-error-type", LongStringHelper.asLongString("java.lang.IllegalStateException"));
        headers.put("x-lightbus-last-error-message", LongStringHelper.asLongString("no stock for o-1"));
        headers.put("x-death",
                List.of(Map.of("queue", LongStringHelper.asLongString("lightbus.billing.charge.retry"))));
        headers.put("x-delivery-count", 2L);
        headers.putAll(extra);
        return new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2).messageId("m-1")
                .appId("shop").type("shop.order_placed").timestamp(Date.from(FIRED)).userId("guest")
                .correlationId("c-1").headers(headers).build();
    }

    static final byte[] BODY = "{\"orderId\":\"o-1\",\"amount\":42,\"items\":[\"book\"]}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void everyHeaderOfTheConnectorIsRead() {
        DeadLetter letter = DeadLetter.of(deadLetter(Map.of()), BODY);

        assertThat(letter.messageId()).isEqualTo("m-1");
        assertThat(letter.eventName()).isEqualTo("shop.order_placed");
        assertThat(letter.sourceService()).isEqualTo("shop");
        assertThat(letter.publishedAt()).isEqualTo(FIRED);
        assertThat(letter.reason()).isEqualTo("listener-failed");
        assertThat(letter.attempts()).isEqualTo(5);
        assertThat(letter.errorType()).isEqualTo("java.lang.IllegalStateException");
        assertThat(letter.errorMessage()).isEqualTo("no stock for o-1");
        assertThat(letter.failedAt()).isEqualTo(FAILED);
        assertThat(letter.listener()).isEqualTo("billing.charge");
        assertThat(letter.replays()).isZero();
    }

    @Test
    void aMessageWithoutTheHeadersIsReadAsFarAsItGoes() {
        DeadLetter letter = DeadLetter.of(new AMQP.BasicProperties.Builder().headers(
                Map.of("x-lightbus-attempts", "three", "x-lightbus-replays", LongStringHelper.asLongString("2")))
                .build(), null);

        assertThat(letter.messageId()).isNull();
        assertThat(letter.eventName()).isEqualTo("?");
        assertThat(letter.attempts()).isNull();
        assertThat(letter.replays()).isEqualTo(2);
        assertThat(letter.body()).isEmpty();
        assertThat(DeadLetterFormat.text(1, letter)).contains("reason:    -").contains("error:     -");
    }

    @Test
    void theTextShowsEachFieldAndTheBodyPrettyPrinted() {
        String text = DeadLetterFormat.text("lightbus.billing.charge.dlq", 3,
                List.of(DeadLetter.of(deadLetter(Map.of()), BODY)));

        assertThat(text).isEqualTo("""
                lightbus.billing.charge.dlq: 3 dead letters, showing the first 1 (--limit)

                [1] shop.order_placed  message m-1
                    reason:    listener-failed after 5 attempts
                    error:     java.lang.IllegalStateException: no stock for o-1
                    failed at: 2025-05-01T10:00:01.456Z
                    listener:  billing.charge
                    published: 2025-05-01T10:00:00.123Z by shop
                    replays:   0
                    body:
                        {
                          "orderId": "o-1",
                          "amount": 42,
                          "items": [
                            "book"
                          ]
                        }
                """);
    }

    @Test
    void aBodyThatIsNotJsonIsShownAsText() {
        DeadLetter letter = DeadLetter.of(deadLetter(Map.of()), "not {json".getBytes(StandardCharsets.UTF_8));

        assertThat(DeadLetterFormat.text(1, letter)).endsWith("    body:\n        not {json\n");
        assertThat(DeadLetterFormat.json(letter).get("body").textValue()).isEqualTo("not {json");
    }

    @Test
    void theJsonDocumentHoldsTheBodyAsJson() {
        String json = Json
                .pretty(DeadLetterFormat.json("q.dlq", 1, List.of(DeadLetter.of(deadLetter(Map.of()), BODY))));

        assertThat(json).contains("\"queue\": \"q.dlq\"", "\"total\": 1", "\"messageId\": \"m-1\"", "\"attempts\": 5",
                "\"failedAt\": \"2025-05-01T10:00:01.456Z\"", "\"orderId\": \"o-1\"");
    }

    @Test
    void theReplayCopyIsAFirstAttemptThatCountsItsReplay() {
        AMQP.BasicProperties original = deadLetter(Map.of());

        AMQP.BasicProperties copy = ReplayCopy.of(original);

        assertThat(copy.getHeaders()).doesNotContainKeys("x-lightbus-attempt", "x-lightbus-last-error-type",
                "x-lightbus-last-error-message", "x-death", "x-delivery-count");
        assertThat(copy.getHeaders()).containsEntry("x-lightbus-replays", 1);
        Map<String, Object> kept = new HashMap<>(original.getHeaders());
        kept.keySet().removeAll(List.of("x-lightbus-attempt", "x-lightbus-last-error-type",
                "x-lightbus-last-error-message", "x-death", "x-delivery-count"));
        assertThat(copy.getHeaders()).containsAllEntriesOf(kept);
        assertThat(copy.getMessageId()).isEqualTo("m-1");
        assertThat(copy.getAppId()).isEqualTo("shop");
        assertThat(copy.getType()).isEqualTo("shop.order_placed");
        assertThat(copy.getTimestamp()).isEqualTo(Date.from(FIRED));
        assertThat(copy.getContentType()).isEqualTo("application/json");
        assertThat(copy.getDeliveryMode()).isEqualTo(2);
        assertThat(copy.getCorrelationId()).isEqualTo("c-1");
        assertThat(copy.getUserId()).isNull();
        assertThat(original.getHeaders()).containsKey("x-lightbus-attempt"); // not changed
    }

    @Test
    void eachReplayIncrementsTheCount() {
        AMQP.BasicProperties copy = ReplayCopy.of(deadLetter(Map.of("x-lightbus-replays", 2)));

        assertThat(copy.getHeaders()).containsEntry("x-lightbus-replays", 3);
        assertThat(DeadLetter.of(copy, BODY).replays()).isEqualTo(3);
    }
}
