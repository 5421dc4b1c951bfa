package org.lightbus.cli;

import java.time.Instant;
import java.util.Map;

import org.lightbus.spi.WireHeaders;

import com.rabbitmq.client.AMQP;

/**
 * One message of a dead-letter queue, as the connector wrote it ({@code docs/protocol.md}, "Dead-letter copies"). Any
 * field may be null when the message lacks its header: a message published by hand, or by another client.
 *
 * @param messageId
 *            the event's message id, the same on every copy
 * @param api
 *            the event's API
 * @param event
 *            the event's name in its API
 * @param sourceService
 *            the service that fired the event ({@code app_id})
 * @param publishedAt
 *            when the event was fired
 * @param reason
 *            why it was dead-lettered: {@code undecodable}, {@code invalid}, {@code too-large}, {@code listener-failed}
 * @param attempts
 *            how many attempts the listener made
 * @param errorType
 *            the exception type of the last failure
 * @param errorMessage
 *            its message
 * @param failedAt
 *            when it was dead-lettered
 * @param listener
 *            the listener that failed, {@code <service>.<listener>}
 * @param replays
 *            how many times it was replayed already
 * @param body
 *            the body, as published
 */
record DeadLetter(String messageId, String api, String event, String sourceService, Instant publishedAt, String reason,
        Long attempts, String errorType, String errorMessage, Instant failedAt, String listener, long replays,
        byte[] body) {

    /**
     * @return the dead letter that the properties and body describe; never fails
     */
    static DeadLetter of(AMQP.BasicProperties properties, byte[] body) {
        Map<String, Object> headers = properties.getHeaders();
        Instant published = Headers.instant(headers, WireHeaders.TIMESTAMP);
        if (published == null && properties.getTimestamp() != null) {
            published = properties.getTimestamp().toInstant();
        }
        Long replays = Headers.number(headers, WireHeaders.REPLAYS);
        return new DeadLetter(properties.getMessageId(), Headers.text(headers, WireHeaders.API),
                Headers.text(headers, WireHeaders.EVENT), properties.getAppId(), published,
                Headers.text(headers, WireHeaders.REASON), Headers.number(headers, WireHeaders.ATTEMPTS),
                Headers.text(headers, WireHeaders.ERROR_TYPE), Headers.text(headers, WireHeaders.ERROR_MESSAGE),
                Headers.instant(headers, WireHeaders.FAILED_AT), Headers.text(headers, WireHeaders.LISTENER),
                replays == null ? 0 : replays, body == null ? new byte[0] : body);
    }

    /**
     * @return {@code <api>.<event>}, else the message's {@code type}-like name from what is known, else {@code ?}
     */
    String eventName() {
        if (api != null && event != null) {
            return api + "." + event;
        }
        return api != null ? api + ".?" : event != null ? "?." + event : "?";
    }
}
