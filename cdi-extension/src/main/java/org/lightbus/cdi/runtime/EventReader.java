package org.lightbus.cdi.runtime;

import static org.lightbus.cdi.runtime.RuntimeMessages.MESSAGES;

import java.io.IOException;
import java.util.List;

import org.lightbus.cdi.codec.JsonCodec;
import org.lightbus.cdi.model.EventType;
import org.lightbus.cdi.schema.Violation;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.InvalidEventException;
import org.lightbus.spi.UndecodableEventException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads delivered events of one type: decodes the body into the event's record, checked against the API's schema, and
 * builds the {@link org.lightbus.api.EventContext} from the message's metadata.
 */
final class EventReader {

    private final EventType type;
    private final JsonCodec codec;
    private final Contracts contracts;

    EventReader(EventType type, JsonCodec codec, Contracts contracts) {
        this.type = type;
        this.codec = codec;
        this.contracts = contracts;
    }

    /**
     * @throws UndecodableEventException
     *             if the body is no JSON of the event's shape
     * @throws InvalidEventException
     *             if it breaks the API's schema
     */
    Object decode(byte[] body) {
        try {
            if (!contracts.validates(Contracts.Direction.INCOMING, type.api())) {
                return codec.decode(body, type.type());
            }
            JsonNode tree = codec.readTree(body);
            List<Violation> violations = tree.isMissingNode() ? List.of()
                    : contracts.event(Contracts.Direction.INCOMING, type, tree);
            if (!violations.isEmpty()) {
                throw new InvalidEventException(MESSAGES.invalidIncoming("Event " + type.fullName(), type.api(),
                        contracts.describe(type.api()), Contracts.join(violations)));
            }
            return codec.fromTree(tree, type.type());
        } catch (IOException e) {
            throw new UndecodableEventException(
                    MESSAGES.undecodableBody(type.fullName(), type.type().getName(), reason(e)), e);
        }
    }

    static String reason(IOException e) {
        return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    }

    /**
     * @param api
     *            the API the listener listens to, for a message that does not say
     * @param eventName
     *            the event it listens to, for a message that does not say
     *
     * @throws UndecodableEventException
     *             if the message lacks its id, its source service or its timestamp
     */
    static DeliveredEventContext context(IncomingEvent event, String api, String eventName) {
        return new DeliveredEventContext(required(event.messageId(), "message_id property"),
                event.api() != null ? event.api() : api, event.eventName() != null ? event.eventName() : eventName,
                required(event.sourceService(), "app_id property (source service)"), event.attempt(),
                required(event.timestamp(), "timestamp"));
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new UndecodableEventException(MESSAGES.missingMetadata(what), null);
        }
        return value;
    }
}
