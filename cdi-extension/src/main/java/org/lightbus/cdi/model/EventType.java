package org.lightbus.cdi.model;

import java.util.Objects;

/**
 * A valid bus event type: a {@code @BusEvent} record and its names on the bus.
 *
 * @param type
 *            the record class
 * @param api
 *            the API name, e.g. {@code auth}
 * @param name
 *            the event name within the API, e.g. {@code user_signed_up}
 */
public record EventType(Class<?> type, String api, String name) {

    /** Checks that no component is null. */
    public EventType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(name, "name");
    }

    /**
     * @return {@code <api>.<name>}, e.g. {@code auth.user_signed_up}
     */
    public String fullName() {
        return api + "." + name;
    }
}
