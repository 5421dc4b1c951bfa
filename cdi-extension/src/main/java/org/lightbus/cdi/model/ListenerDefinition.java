package org.lightbus.cdi.model;

import java.util.Objects;

/**
 * A bus listener method as declared: {@code void m(@Observes @Bus E event, EventContext ctx, Other injected)}.
 *
 * @param beanClass
 *            the fully qualified name of the bean class declaring the method
 * @param method
 *            the method name
 * @param listenerName
 *            the listener name on the bus
 * @param eventClass
 *            the observed event's class
 * @param eventParameter
 *            the position of the event parameter
 * @param contextParameter
 *            the position of the {@code EventContext} parameter, or -1
 * @param parameterCount
 *            the number of parameters; the others are injected
 */
public record ListenerDefinition(String beanClass, String method, String listenerName, Class<?> eventClass,
        int eventParameter, int contextParameter, int parameterCount) {

    /** Checks the components. */
    public ListenerDefinition {
        Objects.requireNonNull(beanClass, "beanClass");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(listenerName, "listenerName");
        Objects.requireNonNull(eventClass, "eventClass");
    }

    /**
     * @param beanClassSimpleName
     *            the simple name of the bean class
     * @param method
     *            the method name
     *
     * @return the listener name used when none is given: {@code Images.resizeAvatar}
     */
    public static String defaultName(String beanClassSimpleName, String method) {
        return beanClassSimpleName + "." + method;
    }

    /**
     * @return {@code com.acme.Images#resizeAvatar}, for messages
     */
    public String describe() {
        return beanClass + "#" + method;
    }
}
