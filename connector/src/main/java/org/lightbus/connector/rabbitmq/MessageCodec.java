package org.lightbus.connector.rabbitmq;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.WireHeaders;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.LongString;

/**
 * Maps events to AMQP properties and headers and back ({@code docs/protocol.md}). Decoding never throws: a value that
 * is missing or of the wrong type becomes null (the attempt becomes 1), and the body is passed on as it came.
 */
final class MessageCodec {

    /** The content type of every event. */
    static final String CONTENT_TYPE = "application/json";

    /** AMQP delivery mode of persistent messages. */
    static final int PERSISTENT = 2;

    private MessageCodec() {
    }

    static AMQP.BasicProperties encode(OutgoingEvent event) {
        Map<String, Object> headers = new HashMap<>();
        TextHeaders.addTo(headers, event.headers());
        headers.put(WireHeaders.API, event.api());
        headers.put(WireHeaders.EVENT, event.eventName());
        headers.put(WireHeaders.TIMESTAMP, event.timestamp().toEpochMilli());
        return new AMQP.BasicProperties.Builder().contentType(CONTENT_TYPE).deliveryMode(PERSISTENT)
                .messageId(event.messageId()).appId(event.sourceService()).type(event.api() + "." + event.eventName())
                .timestamp(Date.from(event.timestamp())).headers(headers).build();
    }

    static IncomingEvent decode(AMQP.BasicProperties properties, byte[] body) {
        Map<String, Object> headers = properties.getHeaders() == null ? Map.of() : properties.getHeaders();
        return new IncomingEvent(text(headers.get(WireHeaders.API)), text(headers.get(WireHeaders.EVENT)),
                properties.getMessageId(), properties.getAppId(),
                timestamp(headers.get(WireHeaders.TIMESTAMP), properties.getTimestamp()), attempt(headers),
                body == null ? new byte[0] : body, TextHeaders.of(properties.getHeaders()));
    }

    /**
     * @return the attempt this delivery is, from {@link Headers#ATTEMPT}; 1 when absent or not a positive number
     */
    static int attempt(Map<String, Object> headers) {
        Object value = headers == null ? null : headers.get(WireHeaders.ATTEMPT);
        long attempt = 1;
        if (value instanceof Number number) {
            attempt = number.longValue();
        } else if (value instanceof LongString || value instanceof String) {
            try {
                attempt = Long.parseLong(value.toString().trim());
            } catch (NumberFormatException e) {
                attempt = 1;
            }
        }
        return attempt < 1 || attempt > Integer.MAX_VALUE ? 1 : (int) attempt;
    }

    /**
     * @return a header value as text: AMQP strings arrive as {@link LongString}; anything but text is null
     */
    static String text(Object value) {
        return value instanceof LongString || value instanceof String ? value.toString() : null;
    }

    private static Instant timestamp(Object header, Date property) {
        if (header instanceof Number millis) {
            return Instant.ofEpochMilli(millis.longValue());
        }
        return property == null ? null : property.toInstant();
    }
}
