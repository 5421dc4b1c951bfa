package org.lightbus.cdi;

import static org.lightbus.cdi.model.DefinitionErrors.MESSAGES;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.build.compatible.spi.BeanInfo;
import jakarta.enterprise.inject.build.compatible.spi.ClassConfig;
import jakarta.enterprise.inject.build.compatible.spi.Messages;
import jakarta.enterprise.inject.build.compatible.spi.MethodConfig;
import jakarta.enterprise.inject.build.compatible.spi.ParameterConfig;
import jakarta.enterprise.lang.model.AnnotationTarget;
import jakarta.enterprise.lang.model.declarations.ClassInfo;
import jakarta.enterprise.lang.model.declarations.MethodInfo;
import jakarta.enterprise.lang.model.declarations.ParameterInfo;
import jakarta.enterprise.lang.model.types.Type;

import org.lightbus.api.Bus;
import org.lightbus.cdi.model.EventTypes;
import org.lightbus.cdi.model.ListenerDefinition;
import org.lightbus.cdi.model.ListenerDefinitions;
import org.lightbus.cdi.model.ListenerMethods;
import org.lightbus.cdi.runtime.ApplicationClasses;
import org.lightbus.cdi.runtime.BusEventPublisher;

/**
 * The listener part of {@link LightbusExtension}: turns {@code @Observes @Bus} methods into bus listeners, checks them,
 * and remembers the beans that declare them.
 *
 * <p>
 * A listener method {@code m(@Observes @Bus E e)} stops being a CDI observer here: the {@code @Observes} is removed, so
 * a local {@code fire()} never reaches it. The rules themselves are read by reflection ({@link ListenerMethods}), as
 * the runtime reads them, so that build time and run time cannot disagree.
 */
final class ListenerDiscovery {

    private final ListenerDefinitions definitions = new ListenerDefinitions(new EventTypes());
    /** The classes that declare {@code @Bus} observer methods, found in {@code @Enhancement}. */
    private final Set<String> declaringClasses = new HashSet<>();
    private final Set<String> listenerBeans = new LinkedHashSet<>();

    /**
     * Removes the {@code @Observes} of {@code @Bus} parameters, and remembers the class.
     *
     * @return true if the class declares a bus listener
     */
    boolean enhance(ClassConfig clazz) {
        if (clazz.info().name().equals(BusEventPublisher.class.getName())) {
            return false;
        }
        boolean found = false;
        for (MethodConfig method : clazz.methods()) {
            for (ParameterConfig parameter : method.parameters()) {
                ParameterInfo info = parameter.info();
                if (info.hasAnnotation(Bus.class)
                        && (info.hasAnnotation(Observes.class) || info.hasAnnotation(ObservesAsync.class))) {
                    parameter.removeAnnotation(a -> a.name().equals(Observes.class.getName()));
                    declaringClasses.add(clazz.info().name());
                    found = true;
                }
            }
        }
        return found;
    }

    /** Checks the listener methods of a class bean and remembers it. */
    void inspect(BeanInfo bean, Messages messages) {
        if (!bean.isClassBean() || !declaresListeners(bean.declaringClass())) {
            return;
        }
        Class<?> beanClass = ApplicationClasses.load(bean.declaringClass().name());
        ListenerMethods.Scan scan = ListenerMethods.scan(beanClass);
        scan.problems().forEach(problem -> messages.error(problem, bean));
        List<ListenerDefinition> listeners = scan.listeners();
        for (ListenerDefinition listener : listeners) {
            AnnotationTarget where = declaration(bean.declaringClass(), listener.method());
            for (String problem : definitions.add(listener)) {
                if (where != null) {
                    messages.error(problem, where);
                } else {
                    messages.error(problem, bean);
                }
            }
        }
        if (!listeners.isEmpty() && !hasOwnClassAsType(bean)) {
            messages.error(MESSAGES.listenerBeanTyped(beanClass.getName()), bean);
        }
        if (!listeners.isEmpty()) {
            listenerBeans.add(beanClass.getName());
        }
    }

    /**
     * @return the classes of the beans that declare listener methods
     */
    String[] listenerBeans() {
        return listenerBeans.toArray(String[]::new);
    }

    private boolean declaresListeners(ClassInfo type) {
        for (ClassInfo c = type; c != null; c = c.superClassDeclaration()) {
            if (declaringClasses.contains(c.name())) {
                return true;
            }
        }
        return false;
    }

    /** The language-model declaration of a method, so that the container can say where a problem is; or null. */
    private static MethodInfo declaration(ClassInfo beanClass, Method method) {
        for (ClassInfo c = beanClass; c != null; c = c.superClassDeclaration()) {
            if (c.name().equals(method.getDeclaringClass().getName())) {
                return c.methods().stream().filter(
                        m -> m.name().equals(method.getName()) && m.parameters().size() == method.getParameterCount())
                        .findFirst().orElse(null);
            }
        }
        return null;
    }

    private static boolean hasOwnClassAsType(BeanInfo bean) {
        String name = bean.declaringClass().name();
        for (Type type : bean.types()) {
            if ((type.isClass() && type.asClass().declaration().name().equals(name)) || (type.isParameterizedType()
                    && type.asParameterizedType().genericClass().declaration().name().equals(name))) {
                return true;
            }
        }
        return false;
    }
}
