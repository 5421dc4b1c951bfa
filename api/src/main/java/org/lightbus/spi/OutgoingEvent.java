package org.lightbus.spi;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An event on its way to the broker, already encoded.
 *
 * @param api
 *            the API name, e.g. {@code auth}
 * @param eventName
 *            the event name within the API, e.g. {@code user_signed_up}
 * @param messageId
 *            a unique message id
 * @param sourceService
 *            the service name of the publisher
 * @param timestamp
 *            when the event was fired
 * @param body
 *            the event as UTF-8 JSON
 * @param headers
 *            further message headers with text values, by name, which the transport sends as they are: the trace
 *            context ({@link WireHeaders#TRACEPARENT}, {@link WireHeaders#TRACESTATE}) and whatever else the
 *            application's OpenTelemetry propagators write; empty when there are none. They never replace a header or
 *            property the transport sets itself
 */
public record OutgoingEvent(String api, String eventName, String messageId, String sourceService, Instant timestamp,
        byte[] body, Map<String, String> headers) {

    /**
     * An event without further headers.
     */
    public OutgoingEvent(String api, String eventName, String messageId, String sourceService, Instant timestamp,
            byte[] body) {
        this(api, eventName, messageId, sourceService, timestamp, body, Map.of());
    }

    /** Checks that no component is null; copies the headers. */
    public OutgoingEvent {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sourceService, "sourceService");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
    }

    /**
     * @param further
     *            the further headers; not null
     *
     * @return this event with those further headers instead of its own
     */
    public OutgoingEvent withHeaders(Map<String, String> further) {
        return new OutgoingEvent(api, eventName, messageId, sourceService, timestamp, body, further);
    }
}
