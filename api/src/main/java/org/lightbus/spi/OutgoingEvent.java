package org.lightbus.spi;

import java.time.Instant;
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
 */
public record OutgoingEvent(String api, String eventName, String messageId, String sourceService, Instant timestamp,
        byte[] body) {

    /** Checks that no component is null. */
    public OutgoingEvent {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sourceService, "sourceService");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(body, "body");
    }
}
