package org.lightbus.cdi;

import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.build.compatible.spi.BeanInfo;
import jakarta.enterprise.inject.build.compatible.spi.InjectionPointInfo;
import jakarta.enterprise.lang.model.types.Type;

import org.lightbus.api.Bus;
import org.lightbus.api.BusEvent;

/**
 * The events part of {@link LightbusExtension}: finds the {@code @Inject @Bus Event<SomeEvent>} injection points, so
 * that the schema an application publishes for an API it owns holds the events it fires, even those of an API with
 * events only.
 */
final class EventDiscovery {

    private final Set<String> fired = new TreeSet<>();

    void inspect(BeanInfo bean) {
        for (InjectionPointInfo injectionPoint : bean.injectionPoints()) {
            Type type = injectionPoint.type();
            if (type.isParameterizedType()
                    && type.asParameterizedType().declaration().name().equals(Event.class.getName())
                    && injectionPoint.qualifiers().stream().anyMatch(q -> q.name().equals(Bus.class.getName()))) {
                Type argument = type.asParameterizedType().typeArguments().get(0);
                if (argument.isClass() && argument.asClass().declaration().hasAnnotation(BusEvent.class)) {
                    fired.add(argument.asClass().declaration().name());
                }
            }
        }
    }

    /**
     * @return the class names of the {@code @BusEvent} types injected as {@code @Bus Event<T>}
     */
    String[] firedEvents() {
        return fired.toArray(String[]::new);
    }
}
