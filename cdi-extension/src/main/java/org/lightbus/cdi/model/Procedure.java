package org.lightbus.cdi.model;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * A remote procedure: one abstract method of a {@code @BusApi} interface.
 *
 * @param name
 *            the procedure name on the bus, the method name in snake case: {@code check_password}
 * @param method
 *            the interface method
 * @param resultType
 *            the type of the result sent back: the return type, the {@code T} of a {@code CompletionStage<T>}, or
 *            {@code Void.class} for {@code void}
 * @param async
 *            true if the method returns a {@code CompletionStage}
 */
public record Procedure(String name, Method method, Type resultType, boolean async) {

    /** Checks that no component is null. */
    public Procedure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(resultType, "resultType");
    }

    /**
     * @return the generic parameter types, in order
     */
    public Type[] parameterTypes() {
        return method.getGenericParameterTypes();
    }
}
