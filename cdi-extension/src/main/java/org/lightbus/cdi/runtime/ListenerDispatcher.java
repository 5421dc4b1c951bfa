package org.lightbus.cdi.runtime;

import org.lightbus.cdi.codec.JsonCodec;
import org.lightbus.cdi.model.EventType;
import org.lightbus.cdi.model.ListenerDefinition;
import org.lightbus.spi.DeliveryHandler;
import org.lightbus.spi.IncomingEvent;

/**
 * Turns one delivered message into a call of one listener method: decodes the body, builds the
 * {@link org.lightbus.api.EventContext}, and invokes the method inside a request context. Exceptions of the method
 * propagate to the transport, which retries or dead-letters the event.
 */
final class ListenerDispatcher implements DeliveryHandler {

    private final ListenerDefinition definition;
    private final EventType type;
    private final BeanMethod method;
    private final EventReader reader;
    private final RequestScopes requestScopes;

    ListenerDispatcher(ListenerDefinition definition, EventType type, BeanMethod method, JsonCodec codec,
            RequestScopes requestScopes, Contracts contracts) {
        this.definition = definition;
        this.type = type;
        this.method = method;
        this.reader = new EventReader(type, codec, contracts);
        this.requestScopes = requestScopes;
    }

    @Override
    public void handle(IncomingEvent event) throws Exception {
        DeliveredEventContext context = EventReader.context(event, type.api(), type.name());
        Object[] arguments = new Object[definition.parameterCount()];
        arguments[definition.eventParameter()] = reader.decode(event.body());
        if (definition.contextParameter() >= 0) {
            arguments[definition.contextParameter()] = context;
        }
        requestScopes.call(() -> method.invoke(arguments));
    }
}
