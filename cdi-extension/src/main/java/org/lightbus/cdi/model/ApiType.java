package org.lightbus.cdi.model;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Objects;

/**
 * A valid {@code @BusApi} interface and its procedures.
 *
 * @param type
 *            the interface
 * @param name
 *            the API name
 * @param procedures
 *            the procedures by name
 * @param byMethod
 *            the procedures by interface method
 */
public record ApiType(Class<?> type, String name, Map<String, Procedure> procedures, Map<Method, Procedure> byMethod) {

    /** Checks and copies the components. */
    public ApiType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        procedures = Map.copyOf(procedures);
        byMethod = Map.copyOf(byMethod);
    }

    /**
     * @param procedure
     *            a procedure name
     *
     * @return {@code <api>.<procedure>}, e.g. {@code auth.check_password}
     */
    public String fullName(String procedure) {
        return name + "." + procedure;
    }
}
