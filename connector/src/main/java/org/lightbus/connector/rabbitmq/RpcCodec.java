package org.lightbus.connector.rabbitmq;

import java.util.HashMap;
import java.util.Map;

import org.lightbus.spi.IncomingCall;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.RpcRequest;
import org.lightbus.spi.WireHeaders;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.LongString;

/**
 * Maps calls and replies to AMQP properties and headers and back ({@code docs/protocol.md}, section RPC). Decoding
 * never throws: a value that is missing or of the wrong type becomes null, and the body is passed on as it came.
 */
final class RpcCodec {

    /** The pseudo-queue of RabbitMQ's direct reply-to: the reply address of every call on RabbitMQ. */
    static final String DIRECT_REPLY_TO = "amq.rabbitmq.reply-to";

    /** AMQP delivery mode of transient messages: a call is worthless after its timeout. */
    static final int TRANSIENT = 1;

    /** The largest per-message TTL RabbitMQ accepts (2^32 - 1 ms); a larger one is a channel error. */
    static final long MAX_EXPIRATION_MILLIS = 0xFFFF_FFFFL;

    private RpcCodec() {
    }

    /**
     * @return {@code <api>.<procedure>}, how messages and the {@code type} property name a call
     */
    static String callName(String api, String procedure) {
        return api + "." + procedure;
    }

    /**
     * @param nowMillis
     *            the current time, epoch milliseconds: the deadline is this plus the timeout
     * @param replyTo
     *            where the server sends the reply: {@link #DIRECT_REPLY_TO}, or the client's reply queue
     * @param ttl
     *            true to let the call expire in its queue after its timeout ({@link BrokerProfile#messageTtl()})
     */
    static AMQP.BasicProperties request(String correlationId, RpcRequest request, long nowMillis, String replyTo,
            boolean ttl) {
        long timeoutMillis = Math.max(1, request.timeout().toMillis());
        Map<String, Object> headers = new HashMap<>();
        TextHeaders.addTo(headers, request.headers());
        headers.put(WireHeaders.API, request.api());
        headers.put(WireHeaders.PROCEDURE, request.procedure());
        headers.put(WireHeaders.DEADLINE,
                timeoutMillis > Long.MAX_VALUE - nowMillis ? Long.MAX_VALUE : nowMillis + timeoutMillis);
        return new AMQP.BasicProperties.Builder().contentType(MessageCodec.CONTENT_TYPE).deliveryMode(TRANSIENT)
                .correlationId(correlationId).messageId(correlationId).replyTo(replyTo)
                .expiration(ttl ? Long.toString(Math.min(timeoutMillis, MAX_EXPIRATION_MILLIS)) : null)
                .appId(request.sourceService()).type(callName(request.api(), request.procedure())).headers(headers)
                .build();
    }

    static IncomingCall call(AMQP.BasicProperties properties, byte[] body) {
        Map<String, Object> headers = headers(properties);
        return new IncomingCall(MessageCodec.text(headers.get(WireHeaders.API)),
                MessageCodec.text(headers.get(WireHeaders.PROCEDURE)), properties.getCorrelationId(),
                properties.getAppId(), body == null ? new byte[0] : body, TextHeaders.of(properties.getHeaders()));
    }

    /**
     * @return the call's deadline from {@link Headers#DEADLINE}, epoch milliseconds; null when absent or not a number
     */
    static Long deadline(AMQP.BasicProperties properties) {
        Object value = headers(properties).get(WireHeaders.DEADLINE);
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof LongString || value instanceof String) {
            try {
                return Long.parseLong(value.toString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * @param serviceName
     *            the server's service name, sent as {@code app_id}
     */
    static AMQP.BasicProperties reply(String correlationId, String serviceName, boolean error) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(WireHeaders.RPC_STATUS, error ? WireHeaders.RPC_STATUS_ERROR : WireHeaders.RPC_STATUS_OK);
        return new AMQP.BasicProperties.Builder().contentType(MessageCodec.CONTENT_TYPE).deliveryMode(TRANSIENT)
                .correlationId(correlationId).appId(serviceName).headers(headers).build();
    }

    /**
     * @return the reply; an error reply only if {@link Headers#RPC_STATUS} is {@code error}
     */
    static RpcReply reply(AMQP.BasicProperties properties, byte[] body) {
        boolean error = WireHeaders.RPC_STATUS_ERROR
                .equals(MessageCodec.text(headers(properties).get(WireHeaders.RPC_STATUS)));
        return new RpcReply(error, body == null ? new byte[0] : body);
    }

    private static Map<String, Object> headers(AMQP.BasicProperties properties) {
        return properties.getHeaders() == null ? Map.of() : properties.getHeaders();
    }
}
