package org.lightbus.cdi.model;

import static org.lightbus.cdi.model.DefinitionErrors.MESSAGES;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the listener methods of one application and checks them: each observes a valid {@code @BusEvent}, each
 * listener name is valid and unique within the service.
 */
public final class ListenerDefinitions {

    private final EventTypes eventTypes;
    private final Map<String, ListenerDefinition> byName = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * @param eventTypes
     *            the event type inspector to use
     */
    public ListenerDefinitions(EventTypes eventTypes) {
        this.eventTypes = eventTypes;
    }

    /**
     * Adds a listener and records every problem with it.
     *
     * @param definition
     *            the listener method
     *
     * @return the problems found with this listener, empty if it is valid
     */
    public List<String> add(ListenerDefinition definition) {
        List<String> found = new ArrayList<>();
        Class<?> eventClass = definition.eventClass();
        if (!EventTypes.isAnnotated(eventClass)) {
            found.add(MESSAGES.listenerOfNonEvent(definition.describe(), eventClass.getName()));
        } else {
            found.addAll(eventTypes.inspect(eventClass).problems());
        }
        if (!Names.isValidListenerName(definition.listenerName())) {
            found.add(MESSAGES.invalidListenerName(definition.listenerName(), definition.describe()));
        } else if (Names.reservedListenerSuffix(definition.listenerName()) != null) {
            found.add(MESSAGES.reservedListenerName(definition.listenerName(), definition.describe(),
                    Names.reservedListenerSuffix(definition.listenerName())));
        }
        ListenerDefinition previous = byName.putIfAbsent(definition.listenerName(), definition);
        if (previous != null) {
            found.add(MESSAGES.duplicateListenerName(definition.listenerName(), previous.describe(),
                    definition.describe()));
        }
        problems.addAll(found);
        return found;
    }

    /**
     * @return every problem found so far, in the order found; distinct
     */
    public List<String> problems() {
        return problems.stream().distinct().toList();
    }

    /**
     * @return the valid and invalid listeners added, by listener name
     */
    public List<ListenerDefinition> all() {
        return List.copyOf(byName.values());
    }
}
