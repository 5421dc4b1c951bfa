package org.lightbus.cli;

import java.time.Instant;
import java.util.Map;

import com.rabbitmq.client.LongString;

/**
 * The AMQP headers of the wire protocol ({@code docs/protocol.md}) that the commands read or write, and lenient readers
 * for them: a value that is missing or of another type reads as null, never as an error.
 */
final class Headers {

    /** The API of an event, e.g. {@code auth}. */
    static final String API = "x-lightbus-api";
    /** The event name within its API, e.g. {@code user_signed_up}. */
    static final String EVENT = "x-lightbus-event";
    /** The procedure of a call, e.g. {@code check_password}. */
    static final String PROCEDURE = "x-lightbus-procedure";
    /** When the caller stops waiting, epoch milliseconds. */
    static final String DEADLINE = "x-lightbus-deadline";
    /** The status of a reply: {@code ok} or {@code error}; absent means ok. */
    static final String RPC_STATUS = "x-lightbus-rpc-status";
    /** When the event was fired, epoch milliseconds. */
    static final String TIMESTAMP = "x-lightbus-timestamp";
    /** The delivery attempt of a retried copy, from 2; a listener reads its absence as attempt 1. */
    static final String ATTEMPT = "x-lightbus-attempt";
    /** The exception type of the previous failed attempt, on a retried copy. */
    static final String LAST_ERROR_TYPE = "x-lightbus-last-error-type";
    /** The exception message of the previous failed attempt, on a retried copy. */
    static final String LAST_ERROR_MESSAGE = "x-lightbus-last-error-message";
    /**
     * Why the message was dead-lettered: {@code undecodable}, {@code invalid}, {@code too-large},
     * {@code listener-failed}.
     */
    static final String REASON = "x-lightbus-reason";
    /** The exception type of the last failure. */
    static final String ERROR_TYPE = "x-lightbus-error-type";
    /** The exception message of the last failure. */
    static final String ERROR_MESSAGE = "x-lightbus-error-message";
    /** How many attempts were made. */
    static final String ATTEMPTS = "x-lightbus-attempts";
    /** The listener that failed, {@code <service>.<listener>}. */
    static final String LISTENER = "x-lightbus-listener";
    /** When the message was dead-lettered, epoch milliseconds. */
    static final String FAILED_AT = "x-lightbus-failed-at";
    /** How many times the dead letter was replayed with {@code lightbus dlq replay}; absent means never. */
    static final String REPLAYS = "x-lightbus-replays";
    /** The header RabbitMQ adds when it dead-letters a message (from the retry queue). */
    static final String X_DEATH = "x-death";
    /** The header a quorum queue adds to a message it delivers again: how often it was returned. */
    static final String X_DELIVERY_COUNT = "x-delivery-count";
    /** The header quorum queues of RabbitMQ 4 add to a message delivered again: how often it was acquired. */
    static final String X_ACQUIRED_COUNT = "x-acquired-count";

    private Headers() {
    }

    /**
     * @return the header as text (AMQP strings arrive as {@link LongString}); null if absent or not text
     */
    static String text(Map<String, Object> headers, String name) {
        Object value = headers == null ? null : headers.get(name);
        return value instanceof LongString || value instanceof String ? value.toString() : null;
    }

    /**
     * @return the header as a number, also when sent as text; null if absent or not a whole number
     */
    static Long number(Map<String, Object> headers, String name) {
        Object value = headers == null ? null : headers.get(name);
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
     * @return the header as an instant from epoch milliseconds; null if absent or not a number
     */
    static Instant instant(Map<String, Object> headers, String name) {
        Long millis = number(headers, name);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
