package org.lightbus.tck.support;

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

    public <T> T bean(Class<T> type) {
        return container.select(type).get();
    }

    public <T> T bean(TypeLiteral<T> type, java.lang.annotation.Annotation... qualifiers) {
        return container.select(type, qualifiers).get();
    }

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
        private Class<?>[] beans = new Class<?>[0];

        private Builder(String serviceName) {
            this.serviceName = serviceName;
            properties.put("lightbus.service-name", serviceName);
        }

        public Builder in(String namespace) {
            properties.put("lightbus.namespace", namespace);
            return this;
        }

        public Builder with(Class<?>... beanClasses) {
            this.beans = beanClasses;
            return this;
        }

        public Builder config(String key, String value) {
            properties.put(key, value);
            return this;
        }

        public BusApplication start() {
            WeldContainer container = new Weld(serviceName + "-" + UUID.randomUUID()).disableDiscovery()
                    .addBeanClasses(beans).addExtension(new ConfigBeanExtension(properties)).initialize();
            return new BusApplication(container, serviceName);
        }
    }
}
