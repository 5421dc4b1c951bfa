package org.lightbus.connector.rabbitmq;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.OutgoingEvent;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.impl.LongStringHelper;

class MessageCodecTest {

    private static final Instant FIRED = Instant.parse("2024-05-06T07:08:09.123456Z");

    private final OutgoingEvent event = new OutgoingEvent("auth", "user_signed_up", "m-1", "accounts", FIRED,
            "{\"username\":\"ada\"}".getBytes(UTF_8));

    @Test
    void encodesMetadataAsPropertiesAndHeaders() {
        AMQP.BasicProperties properties = MessageCodec.encode(event);

        assertThat(properties.getContentType()).isEqualTo("application/json");
        assertThat(properties.getDeliveryMode()).isEqualTo(2);
        assertThat(properties.getMessageId()).isEqualTo("m-1");
        assertThat(properties.getAppId()).isEqualTo("accounts");
        assertThat(properties.getType()).isEqualTo("auth.user_signed_up");
        assertThat(properties.getTimestamp()).isEqualTo(Date.from(FIRED));
        assertThat(properties.getHeaders()).containsOnly(entry("x-lightbus-api", "auth"),
                entry("x-lightbus-event", "user_signed_up"), entry("x-lightbus-timestamp", FIRED.toEpochMilli()));
    }

    @Test
    void decodesWhatItEncodedAsTheBrokerDeliversIt() {
        AMQP.BasicProperties sent = MessageCodec.encode(event);
        Map<String, Object> received = new HashMap<>();
        sent.getHeaders()
                .forEach((k, v) -> received.put(k, v instanceof String s ? LongStringHelper.asLongString(s) : v));

        IncomingEvent incoming = MessageCodec.decode(sent.builder().headers(received).build(), event.body());

        assertThat(incoming.api()).isEqualTo("auth");
        assertThat(incoming.eventName()).isEqualTo("user_signed_up");
        assertThat(incoming.messageId()).isEqualTo("m-1");
        assertThat(incoming.sourceService()).isEqualTo("accounts");
        assertThat(incoming.timestamp()).isEqualTo(Instant.ofEpochMilli(FIRED.toEpochMilli()));
        assertThat(incoming.attempt()).isEqualTo(1);
        assertThat(incoming.body()).isEqualTo(event.body());
    }

    @Test
    void theTraceContextTravelsAsHeadersAndComesBackAsText() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        OutgoingEvent traced = event.withHeaders(
                Map.of("traceparent", traceparent, "tracestate", "vendor=1", "x-lightbus-api", "not the api"));

        AMQP.BasicProperties sent = MessageCodec.encode(traced);

        assertThat(sent.getHeaders()).contains(entry("traceparent", traceparent), entry("tracestate", "vendor=1"),
                entry("x-lightbus-api", "auth"));
        Map<String, Object> received = new HashMap<>();
        sent.getHeaders()
                .forEach((k, v) -> received.put(k, v instanceof String s ? LongStringHelper.asLongString(s) : v));
        IncomingEvent incoming = MessageCodec.decode(sent.builder().headers(received).build(), event.body());
        assertThat(incoming.headers()).contains(entry("traceparent", traceparent), entry("tracestate", "vendor=1"),
                entry("x-lightbus-event", "user_signed_up")).doesNotContainKey("x-lightbus-timestamp");
        assertThat(incoming.headers().get("traceparent")).isEqualTo(traceparent);
        assertThat(incoming.headers().get("x-lightbus-timestamp")).isNull();
    }

    @Test
    void missingMetadataBecomesNull() {
        IncomingEvent incoming = MessageCodec.decode(new AMQP.BasicProperties(), "not json".getBytes(UTF_8));

        assertThat(incoming).extracting(IncomingEvent::api, IncomingEvent::eventName, IncomingEvent::messageId,
                IncomingEvent::sourceService, IncomingEvent::timestamp).containsOnlyNulls();
        assertThat(incoming.attempt()).isEqualTo(1);
        assertThat(incoming.body()).asString(UTF_8).isEqualTo("not json");
        assertThat(incoming.headers()).isEmpty();
    }

    @Test
    void wrongHeaderTypesBecomeNullOrTheFirstAttempt() {
        Map<String, Object> headers = Map.of("x-lightbus-api", 42, "x-lightbus-event", true, "x-lightbus-timestamp",
                LongStringHelper.asLongString("yesterday"), "x-lightbus-attempt",
                LongStringHelper.asLongString("second"));

        IncomingEvent incoming = MessageCodec.decode(new AMQP.BasicProperties.Builder().headers(headers).build(), null);

        assertThat(incoming.api()).isNull();
        assertThat(incoming.eventName()).isNull();
        assertThat(incoming.timestamp()).isNull();
        assertThat(incoming.attempt()).isEqualTo(1);
        assertThat(incoming.body()).isEmpty();
    }

    @Test
    void timestampFallsBackToTheTimestampProperty() {
        Date seconds = Date.from(Instant.parse("2024-05-06T07:08:09Z"));

        IncomingEvent incoming = MessageCodec.decode(new AMQP.BasicProperties.Builder().timestamp(seconds).build(),
                new byte[0]);

        assertThat(incoming.timestamp()).isEqualTo(seconds.toInstant());
    }

    @Test
    void attemptIsReadFromAnyIntegerTypeAndNeverBelowOne() {
        assertThat(MessageCodec.attempt(Map.of("x-lightbus-attempt", 3))).isEqualTo(3);
        assertThat(MessageCodec.attempt(Map.of("x-lightbus-attempt", 4L))).isEqualTo(4);
        assertThat(MessageCodec.attempt(Map.of("x-lightbus-attempt", (byte) 5))).isEqualTo(5);
        assertThat(MessageCodec.attempt(Map.of("x-lightbus-attempt", LongStringHelper.asLongString("6")))).isEqualTo(6);
        assertThat(MessageCodec.attempt(Map.of("x-lightbus-attempt", 0))).isEqualTo(1);
        assertThat(MessageCodec.attempt(Map.of("x-lightbus-attempt", -2))).isEqualTo(1);
        assertThat(MessageCodec.attempt(null)).isEqualTo(1);
    }
}
