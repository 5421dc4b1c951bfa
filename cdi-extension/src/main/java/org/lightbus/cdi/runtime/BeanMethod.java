package org.lightbus.cdi.runtime;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.BeanContainer;

/**
 * Calls one method of an application bean on its contextual reference, so that interceptors and decorators apply, the
 * parameters the caller does not give injected like an observer method's. Reflection, not CDI 4.1 invokers: the bus
 * runs on CDI 4.0 containers.
 */
final class BeanMethod {

    private final BeanReference target;
    private final Method method;
    /** Per parameter position: the bean injected there, or null where the caller gives the argument. */
    private final BeanReference[] injected;
    /** Whether a call creates {@code @Dependent} instances to destroy after it; if not, it allocates nothing. */
    private final boolean createsInstances;

    private BeanMethod(BeanReference target, Method method, BeanReference[] injected) {
        this.target = target;
        this.method = method;
        this.injected = injected;
        this.createsInstances = !target.isShared()
                || Arrays.stream(injected).anyMatch(bean -> bean != null && !bean.isShared());
        method.setAccessible(true);
    }

    /**
     * @param target
     *            the bean whose method it is
     * @param method
     *            the method
     *
     * @return a call in which the caller gives every argument
     */
    static BeanMethod of(BeanReference target, Method method) {
        return new BeanMethod(target, method, new BeanReference[method.getParameterCount()]);
    }

    /**
     * @param container
     *            the container that resolves the other parameters
     * @param target
     *            the bean whose method it is
     * @param method
     *            the method
     * @param given
     *            the positions of the parameters the caller gives; the others are injected
     *
     * @return the call
     *
     * @throws jakarta.enterprise.inject.ResolutionException
     *             if a parameter to inject has no bean or several
     */
    static BeanMethod withInjection(BeanContainer container, BeanReference target, Method method, int... given) {
        BeanReference[] injected = new BeanReference[method.getParameterCount()];
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int position = 0; position < injected.length; position++) {
            int p = position;
            if (Arrays.stream(given).noneMatch(g -> g == p)) {
                Annotation[] qualifiers = Arrays.stream(annotations[position])
                        .filter(a -> container.isQualifier(a.annotationType())).toArray(Annotation[]::new);
                java.lang.reflect.Type type = method.getGenericParameterTypes()[position];
                try {
                    injected[position] = BeanReference.resolve(container, type, qualifiers);
                } catch (jakarta.enterprise.inject.ResolutionException e) {
                    throw new jakarta.enterprise.inject.ResolutionException(
                            "parameter " + position + " of type " + type.getTypeName() + " with qualifiers "
                                    + Arrays.toString(qualifiers) + ": " + e.getMessage());
                }
            }
        }
        return new BeanMethod(target, method, injected);
    }

    /**
     * Calls the method.
     *
     * @param arguments
     *            the arguments, with any value at the injected positions (they are replaced)
     *
     * @return what the method returned
     *
     * @throws Exception
     *             what the method threw
     */
    Object invoke(Object[] arguments) throws Exception {
        List<CreationalContext<?>> created = createsInstances ? new ArrayList<>(2) : List.of();
        try {
            for (int position = 0; position < injected.length; position++) {
                if (injected[position] != null) {
                    arguments[position] = injected[position].get(created);
                }
            }
            return method.invoke(target.get(created), arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (Exception) e.getCause();
        } finally {
            created.forEach(CreationalContext::release);
        }
    }
}
