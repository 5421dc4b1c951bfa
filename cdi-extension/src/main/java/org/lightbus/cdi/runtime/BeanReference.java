package org.lightbus.cdi.runtime;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.AmbiguousResolutionException;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanContainer;

/**
 * A bean of the application, obtained as the container would inject it: one contextual reference for normal scopes and
 * singletons, a new instance per use for {@code @Dependent} beans, destroyed after that use.
 */
final class BeanReference {

    private final BeanContainer container;
    private final Bean<?> bean;
    private final Type type;
    private final Object shared;

    private BeanReference(BeanContainer container, Bean<?> bean, Type type) {
        this.container = container;
        this.bean = bean;
        this.type = type;
        this.shared = bean.getScope() == Dependent.class ? null
                : container.getReference(bean, type, container.createCreationalContext(bean));
    }

    /**
     * The bean of a given class among candidates.
     *
     * @param type
     *            the bean type that the reference must have
     *
     * @return the reference, or null if no candidate is a bean of that class
     */
    static BeanReference ofClass(BeanContainer container, Instance<Object> candidates, Class<?> beanClass, Type type) {
        return candidates.handlesStream().map(Instance.Handle::getBean).filter(bean -> bean.getBeanClass() == beanClass)
                .findFirst().map(bean -> new BeanReference(container, bean, type)).orElse(null);
    }

    /**
     * The bean that an injection point of this type and qualifiers would get.
     *
     * @throws jakarta.enterprise.inject.UnsatisfiedResolutionException
     *             if no bean matches
     * @throws AmbiguousResolutionException
     *             if several beans match
     */
    static BeanReference resolve(BeanContainer container, Type type, Annotation[] qualifiers) {
        Set<Bean<?>> beans = container.getBeans(type, qualifiers);
        if (beans.isEmpty()) {
            throw new jakarta.enterprise.inject.UnsatisfiedResolutionException("no bean matches");
        }
        Bean<?> bean = container.resolve(beans);
        if (bean == null) {
            throw new AmbiguousResolutionException(beans.size() + " beans match");
        }
        return new BeanReference(container, bean, type);
    }

    /**
     * @return true if every use gets the same reference, false for a {@code @Dependent} bean
     */
    boolean isShared() {
        return shared != null;
    }

    /**
     * @param created
     *            collects the creational contexts to release after the use; not touched for a shared reference
     *
     * @return the reference to use now
     */
    Object get(List<CreationalContext<?>> created) {
        if (shared != null) {
            return shared;
        }
        CreationalContext<?> context = container.createCreationalContext(bean);
        created.add(context);
        return container.getReference(bean, type, context);
    }
}
