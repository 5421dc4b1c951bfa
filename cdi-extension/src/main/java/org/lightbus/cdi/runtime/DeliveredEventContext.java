package org.lightbus.cdi.runtime;

import java.time.Instant;

import org.lightbus.api.EventContext;

/**
 * The {@link EventContext} handed to a listener.
 */
record DeliveredEventContext(String messageId, String api, String eventName, String sourceService, int attempt,
        Instant timestamp) implements EventContext {
}
