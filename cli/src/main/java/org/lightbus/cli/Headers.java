package org.lightbus.cli;

import java.time.Instant;
import java.util.Map;

import com.rabbitmq.client.LongString;

/**
 * The AMQP headers of the wire protocol ({@code docs/protocol.md}) that the commands read or write, and lenient readers
 * for them: a value that is missing or of another type reads as null, never as an error.
 */
final class Headers {

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
