package org.lightbus.cdi.runtime;

import org.lightbus.cdi.model.EventType;

/**
 * An incoming Reactive Messaging channel on the bus's connector: a listener of the application's service, like a
 * {@code @Observes @Bus} method.
 *
 * @param channel
 *            the channel's name
 * @param listenerName
 *            its listener name, which names its queue and its {@code lightbus.listener.<listener>.*} settings
 * @param api
 *            the API of the event it receives
 * @param eventName
 *            the event's name within the API
 * @param payload
 *            what its messages carry
 * @param eventType
 *            the event's record type when the payload is {@link Payload#RECORD}, else null
 */
record IncomingChannel(String channel, String listenerName, String api, String eventName, Payload payload,
        EventType eventType) {

    /** What the messages of a channel carry. */
    enum Payload {
        /** The event decoded into its {@code @BusEvent} record, checked against the API's schema. */
        RECORD,
        /** The event's JSON, as a {@code String}. */
        JSON,
        /** The message body as it came, a {@code byte[]}. */
        BYTES
    }

    /**
     * @return {@code <api>.<event>}
     */
    String fullEventName() {
        return api + "." + eventName;
    }
}
