package org.lightbus.cdi.model;

import static org.lightbus.cdi.model.DefinitionErrors.MESSAGES;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;

import org.lightbus.api.Bus;
import org.lightbus.api.EventContext;
import org.lightbus.api.Listener;

/**
 * Finds the bus listener methods of a bean class by reflection: methods of the class and its superclasses with a
 * parameter annotated {@code @Observes @Bus}. The build-time extension and the runtime both read listeners through this
 * class, so they cannot disagree on which methods listen and under which names.
 */
public final class ListenerMethods {

    private ListenerMethods() {
    }

    /**
     * What a bean class declares.
     *
     * @param listeners
     *            the well-formed listener methods
     * @param problems
     *            what is wrong with the others
     */
    public record Scan(List<ListenerDefinition> listeners, List<String> problems) {
    }

    /**
     * @param beanClass
     *            a bean class
     *
     * @return its listener methods, and the problems of those that are malformed; overridden methods are read once, in
     *         the subclass
     */
    public static Scan scan(Class<?> beanClass) {
        List<ListenerDefinition> listeners = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Class<?> type = beanClass; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isBridge() || method.isSynthetic() || !seen.add(signature(method))) {
                    continue;
                }
                int eventParameter = busParameter(method, Observes.class);
                if (busParameter(method, ObservesAsync.class) >= 0) {
                    problems.add(MESSAGES.asyncBusListener(ListenerDefinition.describe(beanClass, method)));
                } else if (eventParameter >= 0 && Modifier.isPrivate(method.getModifiers())) {
                    problems.add(MESSAGES.privateListener(ListenerDefinition.describe(beanClass, method)));
                } else if (eventParameter >= 0) {
                    define(beanClass, method, eventParameter, listeners, problems);
                }
            }
        }
        return new Scan(List.copyOf(listeners), List.copyOf(problems));
    }

    private static void define(Class<?> beanClass, Method method, int eventParameter,
            List<ListenerDefinition> listeners, List<String> problems) {
        String listener = ListenerDefinition.describe(beanClass, method);
        Type eventType = method.getGenericParameterTypes()[eventParameter];
        if (!(eventType instanceof Class<?> eventClass) || eventClass.isPrimitive()) {
            problems.add(MESSAGES.listenerOfNonEvent(listener, eventType.getTypeName()));
            return;
        }
        int contextParameter = -1;
        Class<?>[] parameterTypes = method.getParameterTypes();
        for (int position = 0; position < parameterTypes.length; position++) {
            if (position != eventParameter && parameterTypes[position] == EventContext.class) {
                if (contextParameter >= 0) {
                    problems.add(MESSAGES.duplicateListenerParameter(listener, "EventContext"));
                    return;
                }
                contextParameter = position;
            }
        }
        listeners.add(new ListenerDefinition(beanClass, method, listenerName(beanClass, method, eventParameter),
                eventClass, eventParameter, contextParameter));
    }

    private static String listenerName(Class<?> beanClass, Method method, int eventParameter) {
        Listener onParameter = annotation(method.getParameterAnnotations()[eventParameter], Listener.class);
        if (onParameter != null) {
            return onParameter.value();
        }
        Listener onMethod = method.getAnnotation(Listener.class);
        return onMethod != null ? onMethod.value()
                : ListenerDefinition.defaultName(beanClass.getSimpleName(), method.getName());
    }

    /** The position of the parameter annotated {@code @Bus} and the given observer annotation, or -1. */
    private static int busParameter(Method method, Class<? extends Annotation> observes) {
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int position = 0; position < annotations.length; position++) {
            if (annotation(annotations[position], Bus.class) != null
                    && annotation(annotations[position], observes) != null) {
                return position;
            }
        }
        return -1;
    }

    private static <A extends Annotation> A annotation(Annotation[] annotations, Class<A> type) {
        return Arrays.stream(annotations).filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    private static String signature(Method method) {
        String parameters = Arrays.toString(method.getParameterTypes());
        return Modifier.isPrivate(method.getModifiers())
                ? method.getDeclaringClass().getName() + "#" + method.getName() + parameters
                : method.getName() + parameters;
    }
}
