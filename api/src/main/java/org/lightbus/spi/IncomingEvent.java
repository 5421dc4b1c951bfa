package org.lightbus.spi;

import java.time.Instant;

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
 */
public record IncomingEvent(String api, String eventName, String messageId, String sourceService, Instant timestamp,
        int attempt, byte[] body) {
}
