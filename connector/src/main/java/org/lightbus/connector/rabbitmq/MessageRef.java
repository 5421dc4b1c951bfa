package org.lightbus.connector.rabbitmq;

import org.lightbus.spi.OutgoingEvent;

/**
 * Names a published message in errors: its event and message id.
 *
 * @param api
 *            the API of the event, or null when unknown
 * @param eventName
 *            the event name, or null when unknown
 * @param messageId
 *            the message id, or null when unknown
 */
record MessageRef(String api, String eventName, String messageId) {

    static MessageRef of(OutgoingEvent event) {
        return new MessageRef(event.api(), event.eventName(), event.messageId());
    }

    /**
     * @return {@code <api>.<event>} as used in messages
     */
    String event() {
        return api + "." + eventName;
    }
}
