package org.lightbus.testing;

import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.util.TypeLiteral;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * One application on the bus: its own CDI container (Weld SE), bean classes and configuration.
 *
 * <pre>
 * try (BusApplication images = BusApplication.named("images").in(namespace).with(Images.class).start()) {
 *     images.bean(Images.class).received();
 * }
 * </pre>
 */
public final class BusApplication implements AutoCloseable {

    private final WeldContainer container;
    private final String serviceName;

    private BusApplication(WeldContainer container, String serviceName) {
        this.container = container;
        this.serviceName = serviceName;
    }

    /**
     * @param serviceName
     *            the application's service name
     *
     * @return a builder
     */
    public static Builder named(String serviceName) {
        return new Builder(serviceName);
    }

    /**
     * @param type
     *            a bean type of this application
     *
     * @return the bean (a client proxy for normal-scoped beans)
     */
    public <T> T bean(Class<T> type) {
        return container.select(type).get();
    }

    /**
     * @param type
     *            a parameterized bean type of this application, e.g. {@code new TypeLiteral<Event<Foo>>() {}}
     * @param qualifiers
     *            its qualifiers
     *
     * @return the bean
     */
    public <T> T bean(TypeLiteral<T> type, Annotation... qualifiers) {
        return container.select(type, qualifiers).get();
    }

    /**
     * @return the application's service name
     */
    public String serviceName() {
        return serviceName;
    }

    @Override
    public void close() {
        if (container.isRunning()) {
            container.shutdown();
        }
    }

    /** Builds and starts a {@link BusApplication}. */
    public static final class Builder {

        private final String serviceName;
        private final Map<String, String> properties = new HashMap<>();
        private final Map<String, Object> weldProperties = new HashMap<>();
        private Class<?>[] beans = new Class<?>[0];

        private Builder(String serviceName) {
            this.serviceName = serviceName;
            properties.put("lightbus.service-name", serviceName);
        }

        /**
         * @param namespace
         *            the {@code lightbus.namespace} to use, so that a test has exchanges and queues of its own
         *
         * @return this builder
         */
        public Builder in(String namespace) {
            properties.put("lightbus.namespace", namespace);
            return this;
        }

        /**
         * @param beanClasses
         *            the application's bean classes (no classpath scanning)
         *
         * @return this builder
         */
        public Builder with(Class<?>... beanClasses) {
            this.beans = beanClasses;
            return this;
        }

        /**
         * @param key
         *            a MicroProfile Config key
         * @param value
         *            its value for this application
         *
         * @return this builder
         */
        public Builder config(String key, String value) {
            properties.put(key, value);
            return this;
        }

        /**
         * @param key
         *            a Weld configuration key, e.g. {@code org.jboss.weld.executor.threadPoolSize}
         * @param value
         *            its value for this application's container
         *
         * @return this builder
         */
        public Builder weldProperty(String key, Object value) {
            weldProperties.put(key, value);
            return this;
        }

        /**
         * Starts the container: the application connects to the broker and starts its listeners.
         *
         * @return the running application; close it to stop it
         */
        public BusApplication start() {
            Weld weld = new Weld(serviceName + "-" + UUID.randomUUID()).disableDiscovery().addBeanClasses(beans)
                    .addExtension(new ConfigBeanExtension(properties));
            weldProperties.forEach(weld::property);
            WeldContainer container = weld.initialize();
            return new BusApplication(container, serviceName);
        }
    }
}
