package org.lightbus.connector.rabbitmq;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.lightbus.spi.WireHeaders;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Envelope;

/**
 * The properties of the copies that failure routing publishes: to the retry queue and to the dead-letter queue. A copy
 * keeps the original's properties and headers, except {@code user_id} (the broker checks it against the publishing
 * user) and {@code expiration}, and is persistent.
 */
final class FailureCopies {

    private static final int MAX_ERROR_MESSAGE = 1000;

    private FailureCopies() {
    }

    /**
     * @param attempt
     *            the attempt that failed
     *
     * @return the copy for the next attempt, without expiration ({@link #expiring})
     */
    static AMQP.BasicProperties retry(AMQP.BasicProperties original, Envelope envelope, int attempt, Throwable error) {
        Map<String, Object> headers = originHeaders(original, envelope);
        headers.remove(WireHeaders.X_DEATH);
        headers.put(WireHeaders.ATTEMPT, attempt + 1);
        headers.put(WireHeaders.LAST_ERROR_TYPE, error.getClass().getName());
        headers.put(WireHeaders.LAST_ERROR_MESSAGE, message(error));
        return copy(original, headers).build();
    }

    /**
     * @param backoff
     *            how long the copy waits in the retry queue
     *
     * @return the copy, expiring after the backoff
     */
    static AMQP.BasicProperties expiring(AMQP.BasicProperties copy, Duration backoff) {
        return copy.builder().expiration(Long.toString(backoff.toMillis())).build();
    }

    /**
     * @param reason
     *            {@link Headers#REASON_UNDECODABLE}, {@link Headers#REASON_INVALID}, {@link Headers#REASON_TOO_LARGE}
     *            or {@link Headers#REASON_LISTENER_FAILED}
     * @param attempts
     *            how many attempts were made
     */
    static AMQP.BasicProperties deadLetter(AMQP.BasicProperties original, Envelope envelope, String reason,
            int attempts, String listenerId, Throwable error, Instant now) {
        return deadLetter(original, envelope, reason, attempts, listenerId, error, now, Map.of());
    }

    /**
     * @param extra
     *            further headers for the reason, such as {@link Headers#SIZE}
     */
    static AMQP.BasicProperties deadLetter(AMQP.BasicProperties original, Envelope envelope, String reason,
            int attempts, String listenerId, Throwable error, Instant now, Map<String, Object> extra) {
        Map<String, Object> headers = originHeaders(original, envelope);
        headers.putAll(extra);
        headers.put(WireHeaders.REASON, reason);
        headers.put(WireHeaders.ERROR_TYPE, error.getClass().getName());
        headers.put(WireHeaders.ERROR_MESSAGE, message(error));
        headers.put(WireHeaders.ATTEMPTS, attempts);
        headers.put(WireHeaders.LISTENER, listenerId);
        headers.put(WireHeaders.FAILED_AT, now.toEpochMilli());
        return copy(original, headers).build();
    }

    /**
     * The original headers plus where the message was first published: a retried message comes back through the default
     * exchange, so the origin is taken from the envelope only the first time.
     */
    private static Map<String, Object> originHeaders(AMQP.BasicProperties original, Envelope envelope) {
        Map<String, Object> headers = original.getHeaders() == null ? new HashMap<>()
                : new HashMap<>(original.getHeaders());
        headers.putIfAbsent(WireHeaders.ORIGINAL_EXCHANGE, envelope.getExchange());
        headers.putIfAbsent(WireHeaders.ORIGINAL_ROUTING_KEY, envelope.getRoutingKey());
        return headers;
    }

    private static AMQP.BasicProperties.Builder copy(AMQP.BasicProperties original, Map<String, Object> headers) {
        return new AMQP.BasicProperties.Builder().contentType(original.getContentType())
                .contentEncoding(original.getContentEncoding()).headers(headers).deliveryMode(MessageCodec.PERSISTENT)
                .priority(original.getPriority()).correlationId(original.getCorrelationId())
                .replyTo(original.getReplyTo()).messageId(original.getMessageId()).timestamp(original.getTimestamp())
                .type(original.getType()).appId(original.getAppId());
    }

    private static String message(Throwable error) {
        String message = error.getMessage() == null ? "" : error.getMessage();
        return message.length() <= MAX_ERROR_MESSAGE ? message : message.substring(0, MAX_ERROR_MESSAGE) + "...";
    }
}
