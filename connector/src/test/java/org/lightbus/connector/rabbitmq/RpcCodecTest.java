package org.lightbus.connector.rabbitmq;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lightbus.spi.IncomingCall;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.RpcRequest;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.impl.LongStringHelper;

class RpcCodecTest {

    private static final long NOW = 1_700_000_000_000L;

    private final RpcRequest request = new RpcRequest("auth", "check_password", "accounts",
            "[\"ada\",\"secret\"]".getBytes(UTF_8), Duration.ofSeconds(5));

    /** As the broker delivers them: strings in headers arrive as long strings. */
    private static AMQP.BasicProperties delivered(AMQP.BasicProperties sent) {
        Map<String, Object> received = new HashMap<>();
        sent.getHeaders()
                .forEach((k, v) -> received.put(k, v instanceof String s ? LongStringHelper.asLongString(s) : v));
        return sent.builder().headers(received).build();
    }

    @Test
    void aRequestIsTransientExpiresWithItsTimeoutAndAsksForADirectReply() {
        AMQP.BasicProperties properties = RpcCodec.request("c-1", request, NOW, RpcCodec.DIRECT_REPLY_TO, true);

        assertThat(properties.getDeliveryMode()).isEqualTo(1);
        assertThat(properties.getExpiration()).isEqualTo("5000");
        assertThat(properties.getReplyTo()).isEqualTo("amq.rabbitmq.reply-to");
        assertThat(properties.getCorrelationId()).isEqualTo("c-1");
        assertThat(properties.getMessageId()).isEqualTo("c-1");
        assertThat(properties.getContentType()).isEqualTo("application/json");
        assertThat(properties.getAppId()).isEqualTo("accounts");
        assertThat(properties.getType()).isEqualTo("auth.check_password");
        assertThat(properties.getHeaders()).containsOnly(entry("x-lightbus-api", "auth"),
                entry("x-lightbus-procedure", "check_password"), entry("x-lightbus-deadline", NOW + 5000));
    }

    @Test
    void theTraceContextTravelsAsRequestHeadersAndComesBackWithTheCall() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        RpcRequest traced = request.withHeaders(Map.of("traceparent", traceparent, "x-lightbus-procedure", "other"));

        AMQP.BasicProperties sent = RpcCodec.request("c-1", traced, NOW, RpcCodec.DIRECT_REPLY_TO, true);

        assertThat(sent.getHeaders()).contains(entry("traceparent", traceparent),
                entry("x-lightbus-procedure", "check_password"));
        IncomingCall call = RpcCodec.call(delivered(sent), traced.body());
        assertThat(call.procedure()).isEqualTo("check_password");
        assertThat(call.headers()).containsEntry("traceparent", traceparent);
    }

    @Test
    void onABrokerWithoutPerMessageTtlARequestHasNoExpirationButStillItsDeadlineAndReplyQueue() {
        AMQP.BasicProperties properties = RpcCodec.request("c-1", request, NOW, "ns.mailer.$reply.1", false);

        assertThat(properties.getExpiration()).isNull();
        assertThat(properties.getReplyTo()).isEqualTo("ns.mailer.$reply.1");
        assertThat(properties.getHeaders()).containsEntry("x-lightbus-deadline", NOW + 5000);
    }

    @Test
    void theExpirationStaysWithinWhatRabbitMqAcceptsAndIsAtLeastOneMillisecond() {
        RpcRequest long_ = new RpcRequest("auth", "p", "s", new byte[0], Duration.ofDays(100));
        RpcRequest short_ = new RpcRequest("auth", "p", "s", new byte[0], Duration.ofNanos(10));
        RpcRequest endless = new RpcRequest("auth", "p", "s", new byte[0], Duration.ofMillis(Long.MAX_VALUE));

        assertThat(RpcCodec.request("c", long_, NOW, RpcCodec.DIRECT_REPLY_TO, true).getExpiration())
                .isEqualTo("4294967295");
        assertThat(RpcCodec.request("c", short_, NOW, RpcCodec.DIRECT_REPLY_TO, true).getExpiration()).isEqualTo("1");
        assertThat(RpcCodec.request("c", endless, NOW, RpcCodec.DIRECT_REPLY_TO, true).getHeaders())
                .containsEntry("x-lightbus-deadline", Long.MAX_VALUE);
    }

    @Test
    void aServerDecodesWhatACallerEncoded() {
        AMQP.BasicProperties properties = delivered(
                RpcCodec.request("c-1", request, NOW, RpcCodec.DIRECT_REPLY_TO, true));

        IncomingCall call = RpcCodec.call(properties, request.body());

        assertThat(call.api()).isEqualTo("auth");
        assertThat(call.procedure()).isEqualTo("check_password");
        assertThat(call.correlationId()).isEqualTo("c-1");
        assertThat(call.sourceService()).isEqualTo("accounts");
        assertThat(call.body()).isEqualTo(request.body());
        assertThat(RpcCodec.deadline(properties)).isEqualTo(NOW + 5000);
    }

    @Test
    void missingOrMistypedMetadataBecomesNull() {
        Map<String, Object> headers = Map.of("x-lightbus-api", 42, "x-lightbus-deadline",
                LongStringHelper.asLongString("soon"));
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder().headers(headers).build();

        IncomingCall call = RpcCodec.call(properties, null);

        assertThat(call).isEqualTo(
                new IncomingCall(null, null, null, null, call.body(), Map.of("x-lightbus-deadline", "soon")));
        assertThat(call.body()).isEmpty();
        assertThat(RpcCodec.deadline(properties)).isNull();
        assertThat(RpcCodec.deadline(new AMQP.BasicProperties())).isNull();
        assertThat(RpcCodec.deadline(new AMQP.BasicProperties.Builder()
                .headers(Map.of("x-lightbus-deadline", LongStringHelper.asLongString(" 123 "))).build()))
                        .isEqualTo(123L);
    }

    @Test
    void aReplyCarriesTheCorrelationIdAndItsStatus() {
        AMQP.BasicProperties ok = RpcCodec.reply("c-1", "auth-service", false);
        AMQP.BasicProperties error = RpcCodec.reply("c-2", "auth-service", true);

        assertThat(ok.getCorrelationId()).isEqualTo("c-1");
        assertThat(ok.getContentType()).isEqualTo("application/json");
        assertThat(ok.getAppId()).isEqualTo("auth-service");
        assertThat(ok.getHeaders()).containsOnly(entry("x-lightbus-rpc-status", "ok"));
        assertThat(error.getHeaders()).containsOnly(entry("x-lightbus-rpc-status", "error"));
    }

    @Test
    void aCallerReadsTheStatusAndOnlyErrorMakesAnErrorReply() {
        byte[] body = "true".getBytes(UTF_8);

        RpcReply ok = RpcCodec.reply(delivered(RpcCodec.reply("c-1", "s", false)), body);
        RpcReply error = RpcCodec.reply(delivered(RpcCodec.reply("c-1", "s", true)), body);
        RpcReply noStatus = RpcCodec.reply(new AMQP.BasicProperties(), null);

        assertThat(ok.error()).isFalse();
        assertThat(ok.body()).isEqualTo(body);
        assertThat(error.error()).isTrue();
        assertThat(noStatus.error()).isFalse();
        assertThat(noStatus.body()).isEmpty();
    }
}
