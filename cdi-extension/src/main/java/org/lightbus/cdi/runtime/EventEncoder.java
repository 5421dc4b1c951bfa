package org.lightbus.cdi.runtime;

import static org.lightbus.cdi.runtime.RuntimeMessages.MESSAGES;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.lightbus.api.LightbusConfig;
import org.lightbus.api.LightbusException;
import org.lightbus.cdi.codec.JsonCodec;
import org.lightbus.cdi.model.EventType;
import org.lightbus.cdi.model.EventTypes;
import org.lightbus.cdi.schema.Violation;
import org.lightbus.spi.OutgoingEvent;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns what the application fires into the event sent on the bus: checks that it is a valid bus event of an API the
 * application owns, encodes it, and checks it against the API's schema unless that is turned off.
 */
final class EventEncoder {

    private final EventTypes eventTypes;
    private final JsonCodec codec;
    private final Contracts contracts;
    private final String serviceName;

    EventEncoder(EventTypes eventTypes, JsonCodec codec, Contracts contracts, String serviceName) {
        this.eventTypes = eventTypes;
        this.codec = codec;
        this.contracts = contracts;
        this.serviceName = serviceName;
    }

    /**
     * @param event
     *            what the application fires; not null
     *
     * @return the event to send, with a new message id
     *
     * @throws LightbusException
     *             if it is not a valid bus event ({@code LBUS02002}), its API is another application's
     *             ({@code LBUS02013}), it cannot be encoded ({@code LBUS02006}) or does not match the schema
     *             ({@code LBUS02014})
     */
    OutgoingEvent encode(Object event) {
        EventTypes.Inspection inspection = eventTypes.inspect(event.getClass());
        if (!EventTypes.isAnnotated(event.getClass()) || !inspection.isValid()) {
            throw BusErrors.exception(
                    MESSAGES.notABusEvent(event.getClass().getName(), String.join("; ", inspection.problems())), null);
        }
        EventType type = inspection.eventType();
        if (!contracts.owns(type.api())) {
            Class<?> enclosing = type.type().getEnclosingClass();
            throw BusErrors.exception(MESSAGES.notTheOwner(type.fullName(), type.api(),
                    enclosing == null ? "its @BusApi interface" : enclosing.getName(), LightbusConfig.OWNED_APIS),
                    null);
        }
        return new OutgoingEvent(type.api(), type.name(), UUID.randomUUID().toString(), serviceName, Instant.now(),
                body(type, event));
    }

    private byte[] body(EventType type, Object event) {
        JsonNode tree;
        try {
            if (!contracts.validates(Contracts.Direction.OUTGOING, type.api())) {
                return codec.encode(event);
            }
            tree = codec.toTree(event);
        } catch (Exception e) {
            throw BusErrors.exception(MESSAGES.encodingFailed(type.fullName(), e.getMessage()), e);
        }
        List<Violation> violations = contracts.event(Contracts.Direction.OUTGOING, type, tree);
        if (!violations.isEmpty()) {
            throw BusErrors.exception(MESSAGES.invalidOutgoing("Event " + type.fullName(), type.api(),
                    contracts.describe(type.api()), Contracts.join(violations),
                    LightbusConfig.forApi(type.api(), LightbusConfig.VALIDATE_OUTGOING)), null);
        }
        return codec.write(tree);
    }
}
