package org.lightbus.cdi.model;

import static org.lightbus.cdi.model.DefinitionErrors.MESSAGES;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

/**
 * Checks {@code @BusEvent} records and derives their names on the bus. Results are cached per class.
 */
public final class EventTypes {

    private final Map<Class<?>, Inspection> cache = new ConcurrentHashMap<>();

    /**
     * The outcome of inspecting a class: an event type, or the reasons it is not a valid one.
     *
     * @param eventType
     *            the event type, null if there are problems
     * @param problems
     *            the definition errors, empty if the class is a valid event
     */
    public record Inspection(EventType eventType, List<String> problems) {

        /**
         * @return true if the class is a valid bus event
         */
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /**
     * @param type
     *            any class
     *
     * @return whether it is a valid bus event, with its names or every problem found
     */
    public Inspection inspect(Class<?> type) {
        return cache.computeIfAbsent(type, EventTypes::doInspect);
    }

    /**
     * @param type
     *            any class
     *
     * @return true if the class carries {@code @BusEvent}, valid or not
     */
    public static boolean isAnnotated(Class<?> type) {
        return type.isAnnotationPresent(BusEvent.class);
    }

    private static Inspection doInspect(Class<?> type) {
        BusEvent event = type.getAnnotation(BusEvent.class);
        String typeName = type.getName();
        if (event == null) {
            return new Inspection(null, List.of(MESSAGES.notAnnotated(typeName)));
        }
        List<String> problems = new ArrayList<>();
        if (!type.isRecord()) {
            problems.add(MESSAGES.eventNotRecord(typeName));
        }
        String api = apiOf(type, event, problems);
        String name = event.name().isEmpty() ? Names.snakeCase(type.getSimpleName()) : event.name();
        if (!Names.isValidBusName(name)) {
            problems.add(MESSAGES.invalidBusName("event name", name, typeName));
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                String reason = JsonTypeRules.whyNotSerializable(component.getGenericType());
                if (reason != null) {
                    problems.add(MESSAGES.componentNotSerializable(typeName, component.getName(),
                            component.getGenericType().getTypeName(), reason));
                }
            }
        }
        return problems.isEmpty() ? new Inspection(new EventType(type, api, name), List.of())
                : new Inspection(null, List.copyOf(problems));
    }

    private static String apiOf(Class<?> type, BusEvent event, List<String> problems) {
        Class<?> enclosing = type.getEnclosingClass();
        BusApi enclosingApi = enclosing == null ? null : enclosing.getAnnotation(BusApi.class);
        String api;
        if (enclosingApi != null) {
            api = enclosingApi.value();
            if (!event.api().isEmpty() && !event.api().equals(api)) {
                problems.add(MESSAGES.eventApiMismatch(type.getName(), event.api(), api));
            }
        } else if (!event.api().isEmpty()) {
            api = event.api();
        } else {
            problems.add(MESSAGES.eventWithoutApi(type.getName()));
            return "";
        }
        if (!Names.isValidBusName(api)) {
            problems.add(MESSAGES.invalidBusName("API name", api, type.getName()));
        }
        return api;
    }
}
