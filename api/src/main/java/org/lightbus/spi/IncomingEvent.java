package org.lightbus.spi;

import java.time.Instant;
import java.util.Map;

/**
 * An event delivered by the broker to a listener, not yet decoded.
 *
 * <p>
 * The metadata come from the message's properties and headers; a value the sender did not set is {@code null} (except
 * {@code attempt}), and the runtime rejects such a message as undecodable.
 *
 * @param api
 *            the API name
 * @param eventName
 *            the event name within the API
 * @param messageId
 *            the publisher's message id
 * @param sourceService
 *            the publisher's service name
 * @param timestamp
 *            when the event was fired
 * @param attempt
 *            the delivery attempt to this listener, from 1
 * @param body
 *            the raw message body
 * @param headers
 *            the message's headers with text values, by name, read-only, from which the runtime extracts the trace
 *            context ({@link WireHeaders#TRACEPARENT}); may hold other headers too, and is empty when none came. Never
 *            null
 */
public record IncomingEvent(String api, String eventName, String messageId, String sourceService, Instant timestamp,
        int attempt, byte[] body, Map<String, String> headers) {

    /**
     * An event without headers for the runtime.
     */
    public IncomingEvent(String api, String eventName, String messageId, String sourceService, Instant timestamp,
            int attempt, byte[] body) {
        this(api, eventName, messageId, sourceService, timestamp, attempt, body, Map.of());
    }

    /** Makes absent headers empty (a transport may hand over a read-only view of the message's own). */
    public IncomingEvent {
        headers = headers == null ? Map.of() : headers;
    }

    /**
     * @param next
     *            the attempt, from 1
     *
     * @return this event as delivered for that attempt
     */
    public IncomingEvent withAttempt(int next) {
        return new IncomingEvent(api, eventName, messageId, sourceService, timestamp, next, body, headers);
    }
}
