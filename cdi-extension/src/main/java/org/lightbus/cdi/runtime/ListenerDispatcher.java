package org.lightbus.cdi.runtime;

import static org.lightbus.cdi.runtime.RuntimeMessages.MESSAGES;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;

import org.lightbus.cdi.codec.JsonCodec;
import org.lightbus.cdi.model.EventType;
import org.lightbus.cdi.model.ListenerDefinition;
import org.lightbus.cdi.schema.Violation;
import org.lightbus.spi.DeliveryHandler;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.InvalidEventException;
import org.lightbus.spi.UndecodableEventException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns one delivered message into a call of one listener method: decodes the body, builds the
 * {@link org.lightbus.api.EventContext}, and invokes the method inside a request context. Exceptions of the method
 * propagate to the transport, which retries or dead-letters the event.
 */
final class ListenerDispatcher implements DeliveryHandler {

    private final ListenerDefinition definition;
    private final EventType type;
    private final BeanMethod method;
    private final JsonCodec codec;
    private final Instance<RequestContextController> requestContexts;
    private final Contracts contracts;

    ListenerDispatcher(ListenerDefinition definition, EventType type, BeanMethod method, JsonCodec codec,
            Instance<RequestContextController> requestContexts, Contracts contracts) {
        this.contracts = contracts;
        this.definition = definition;
        this.type = type;
        this.method = method;
        this.codec = codec;
        this.requestContexts = requestContexts;
    }

    @Override
    public void handle(IncomingEvent event) throws Exception {
        DeliveredEventContext context = context(event);
        Object[] arguments = new Object[definition.parameterCount()];
        arguments[definition.eventParameter()] = decode(event.body());
        if (definition.contextParameter() >= 0) {
            arguments[definition.contextParameter()] = context;
        }
        try (Instance.Handle<RequestContextController> handle = requestContexts.getHandle()) {
            RequestContextController requestContext = handle.get();
            boolean activated = requestContext.activate();
            try {
                method.invoke(arguments);
            } finally {
                if (activated) {
                    requestContext.deactivate();
                }
            }
        }
    }

    private Object decode(byte[] body) {
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
            String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw new UndecodableEventException(
                    MESSAGES.undecodableBody(type.fullName(), type.type().getName(), reason), e);
        }
    }

    private DeliveredEventContext context(IncomingEvent event) {
        return new DeliveredEventContext(required(event.messageId(), "message_id property"),
                event.api() != null ? event.api() : type.api(),
                event.eventName() != null ? event.eventName() : type.name(),
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
