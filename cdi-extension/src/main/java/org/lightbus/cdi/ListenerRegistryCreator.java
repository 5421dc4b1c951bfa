package org.lightbus.cdi;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.build.compatible.spi.Parameters;
import jakarta.enterprise.inject.build.compatible.spi.SyntheticBeanCreator;
import jakarta.enterprise.invoke.Invoker;

import org.lightbus.cdi.model.ListenerDefinition;
import org.lightbus.cdi.runtime.ListenerRegistry;

/**
 * Builds the {@link ListenerRegistry} bean from what {@link LightbusExtension} found at deployment.
 */
public class ListenerRegistryCreator implements SyntheticBeanCreator<ListenerRegistry> {

    static final String BEAN_CLASSES = "beanClasses";
    static final String METHODS = "methods";
    static final String NAMES = "names";
    static final String EVENTS = "events";
    static final String LAYOUT = "layout";
    static final String INVOKERS = "invokers";

    @Override
    @SuppressWarnings("unchecked")
    public ListenerRegistry create(Instance<Object> lookup, Parameters params) {
        String[] beanClasses = params.get(BEAN_CLASSES, String[].class);
        String[] methods = params.get(METHODS, String[].class);
        String[] names = params.get(NAMES, String[].class);
        Class<?>[] events = params.get(EVENTS, Class[].class);
        int[] layout = params.get(LAYOUT, int[].class);
        Invoker<Object, Object>[] invokers = params.get(INVOKERS, Invoker[].class);
        List<ListenerRegistry.Entry> entries = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            ListenerDefinition definition = new ListenerDefinition(beanClasses[i], methods[i], names[i], events[i],
                    layout[i * 3], layout[i * 3 + 1], layout[i * 3 + 2]);
            entries.add(new ListenerRegistry.Entry(definition, invokers[i]));
        }
        return new ListenerRegistry(entries);
    }
}
