package org.lightbus.cdi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.build.compatible.spi.BeanInfo;
import jakarta.enterprise.inject.build.compatible.spi.ClassConfig;
import jakarta.enterprise.inject.build.compatible.spi.InvokerFactory;
import jakarta.enterprise.inject.build.compatible.spi.InvokerInfo;
import jakarta.enterprise.inject.build.compatible.spi.Messages;
import jakarta.enterprise.inject.build.compatible.spi.MethodConfig;
import jakarta.enterprise.inject.build.compatible.spi.ParameterConfig;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticComponents;
import jakarta.enterprise.invoke.InvokerBuilder;
import jakarta.enterprise.lang.model.declarations.MethodInfo;
import jakarta.enterprise.lang.model.declarations.ParameterInfo;
import jakarta.inject.Singleton;

import org.lightbus.api.Bus;
import org.lightbus.api.EventContext;
import org.lightbus.api.Listener;
import org.lightbus.cdi.model.DefinitionErrors;
import org.lightbus.cdi.model.EventTypes;
import org.lightbus.cdi.model.ListenerDefinition;
import org.lightbus.cdi.model.ListenerDefinitions;
import org.lightbus.cdi.runtime.BusEventPublisher;
import org.lightbus.cdi.runtime.ListenerRegistry;

/**
 * The listener part of {@link LightbusExtension}: finds bus listeners, reports every definition error, and hands the
 * valid listeners to the runtime.
 *
 * <p>
 * A listener method {@code m(@Observes @Bus E e)} stops being a CDI observer here: the {@code @Observes} is removed, so
 * a local {@code fire()} never reaches it, and an invoker calls it for each event the broker delivers.
 */
final class ListenerDiscovery {

    private final ListenerDefinitions definitions = new ListenerDefinitions(new EventTypes());
    private final List<ListenerDefinition> listeners = new ArrayList<>();
    private final List<InvokerInfo> invokers = new ArrayList<>();
    /** Listener methods found in {@code @Enhancement}: signature to position of the event parameter. */
    private final Map<String, Integer> eventParameters = new HashMap<>();
    /** Class name to the names of its listener methods: other methods are never inspected again. */
    private final Map<String, Set<String>> listenerMethodNames = new HashMap<>();

    /**
     * Turns {@code @Observes @Bus} parameters into listener methods: removes the {@code @Observes}, remembers the
     * method.
     */
    void enhance(ClassConfig clazz, Messages messages) {
        if (clazz.info().name().equals(BusEventPublisher.class.getName())) {
            return;
        }
        for (MethodConfig method : clazz.methods()) {
            List<ParameterConfig> parameters = method.parameters();
            for (int position = 0; position < parameters.size(); position++) {
                ParameterConfig parameter = parameters.get(position);
                ParameterInfo info = parameter.info();
                if (!info.hasAnnotation(Bus.class)) {
                    continue;
                }
                if (info.hasAnnotation(ObservesAsync.class)) {
                    messages.error(DefinitionErrors.MESSAGES.asyncBusListener(describe(method.info())), method.info());
                } else if (info.hasAnnotation(Observes.class)) {
                    parameter.removeAnnotation(a -> a.name().equals(Observes.class.getName()));
                    eventParameters.put(signature(method.info()), position);
                    listenerMethodNames.computeIfAbsent(clazz.info().name(), c -> new HashSet<>())
                            .add(method.info().name());
                }
            }
        }
    }

    /** Checks the listener methods of a bean and creates their invokers. */
    void inspect(BeanInfo bean, InvokerFactory invokerFactory, Messages messages) {
        if (!bean.isClassBean() || !listenerMethodNames.containsKey(bean.declaringClass().name())) {
            return;
        }
        Set<String> names = listenerMethodNames.get(bean.declaringClass().name());
        for (MethodInfo method : bean.declaringClass().methods()) {
            if (!names.contains(method.name())) {
                continue;
            }
            Integer eventParameter = eventParameters.get(signature(method));
            if (eventParameter == null) {
                continue;
            }
            ListenerDefinition definition = define(bean, method, eventParameter, messages);
            if (definition == null) {
                continue;
            }
            List<String> problems = definitions.add(definition);
            problems.forEach(problem -> messages.error(problem, method));
            if (problems.isEmpty()) {
                InvokerBuilder<InvokerInfo> invoker = invokerFactory.createInvoker(bean, method).withInstanceLookup();
                for (int i = 0; i < definition.parameterCount(); i++) {
                    if (i != definition.eventParameter() && i != definition.contextParameter()) {
                        invoker.withArgumentLookup(i);
                    }
                }
                listeners.add(definition);
                invokers.add(invoker.build());
            }
        }
    }

    /** Registers the {@link ListenerRegistry} bean. */
    void register(SyntheticComponents components) {
        int size = listeners.size();
        String[] beanClasses = new String[size];
        String[] methods = new String[size];
        String[] names = new String[size];
        Class<?>[] events = new Class<?>[size];
        int[] layout = new int[size * 3];
        for (int i = 0; i < size; i++) {
            ListenerDefinition listener = listeners.get(i);
            beanClasses[i] = listener.beanClass();
            methods[i] = listener.method();
            names[i] = listener.listenerName();
            events[i] = listener.eventClass();
            layout[i * 3] = listener.eventParameter();
            layout[i * 3 + 1] = listener.contextParameter();
            layout[i * 3 + 2] = listener.parameterCount();
        }
        components.addBean(ListenerRegistry.class).type(ListenerRegistry.class).scope(Singleton.class)
                .withParam(ListenerRegistryCreator.BEAN_CLASSES, beanClasses)
                .withParam(ListenerRegistryCreator.METHODS, methods).withParam(ListenerRegistryCreator.NAMES, names)
                .withParam(ListenerRegistryCreator.EVENTS, events).withParam(ListenerRegistryCreator.LAYOUT, layout)
                .withParam(ListenerRegistryCreator.INVOKERS, invokers.toArray(InvokerInfo[]::new))
                .createWith(ListenerRegistryCreator.class);
    }

    private static ListenerDefinition define(BeanInfo bean, MethodInfo method, int eventParameter, Messages messages) {
        List<ParameterInfo> parameters = method.parameters();
        int contextParameter = -1;
        for (int position = 0; position < parameters.size(); position++) {
            ParameterInfo parameter = parameters.get(position);
            if (parameter.type().isClass()
                    && parameter.type().asClass().declaration().name().equals(EventContext.class.getName())) {
                if (contextParameter >= 0) {
                    messages.error(
                            DefinitionErrors.MESSAGES.duplicateListenerParameter(describe(method), "EventContext"),
                            method);
                    return null;
                }
                contextParameter = position;
            }
        }
        ParameterInfo eventParam = parameters.get(eventParameter);
        if (!eventParam.type().isClass()) {
            messages.error(DefinitionErrors.MESSAGES.listenerOfNonEvent(describe(method), eventParam.type().toString()),
                    method);
            return null;
        }
        String listenerName = listenerName(bean, method, eventParam);
        Class<?> eventClass = LightbusExtension.loadClass(eventParam.type().asClass().declaration().name());
        return new ListenerDefinition(bean.declaringClass().name(), method.name(), listenerName, eventClass,
                eventParameter, contextParameter, parameters.size());
    }

    private static String listenerName(BeanInfo bean, MethodInfo method, ParameterInfo eventParam) {
        if (eventParam.hasAnnotation(Listener.class)) {
            return eventParam.annotation(Listener.class).value().asString();
        }
        if (method.hasAnnotation(Listener.class)) {
            return method.annotation(Listener.class).value().asString();
        }
        return ListenerDefinition.defaultName(bean.declaringClass().simpleName(), method.name());
    }

    private static String signature(MethodInfo method) {
        return method.declaringClass().name() + "#" + method.name()
                + method.parameters().stream().map(p -> p.type().toString()).collect(Collectors.joining(",", "(", ")"));
    }

    private static String describe(MethodInfo method) {
        return method.declaringClass().name() + "#" + method.name();
    }
}
