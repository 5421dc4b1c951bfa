package org.lightbus.cdi.model;

import java.lang.reflect.Method;
import java.util.Objects;

/**
 * A bus listener method as declared: {@code void m(@Observes @Bus E event, EventContext ctx, Other injected)}.
 *
 * @param beanClass
 *            the class of the bean whose method it is (the method may be declared by a superclass)
 * @param method
 *            the method
 * @param listenerName
 *            the listener name on the bus
 * @param eventClass
 *            the observed event's class
 * @param eventParameter
 *            the position of the event parameter
 * @param contextParameter
 *            the position of the {@code EventContext} parameter, or -1
 */
public record ListenerDefinition(Class<?> beanClass, Method method, String listenerName, Class<?> eventClass,
        int eventParameter, int contextParameter) {

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
     * @return the number of parameters; those that are neither the event nor the context are injected
     */
    public int parameterCount() {
        return method.getParameterCount();
    }

    /**
     * @return {@code com.acme.Images#resizeAvatar}, for messages
     */
    public String describe() {
        return describe(beanClass, method);
    }

    static String describe(Class<?> beanClass, Method method) {
        return beanClass.getName() + "#" + method.getName();
    }
}
