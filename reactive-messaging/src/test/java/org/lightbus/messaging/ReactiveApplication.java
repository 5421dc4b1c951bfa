package org.lightbus.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.weld.bootstrap.spi.BeanDiscoveryMode;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import io.smallrye.config.inject.ConfigExtension;
import io.smallrye.reactive.messaging.providers.MediatorFactory;
import io.smallrye.reactive.messaging.providers.extension.ReactiveMessagingExtension;

/**
 * An application with SmallRye Reactive Messaging and the bus in its own Weld container, with the given bean classes
 * and configuration. Reactive Messaging reads the process-wide MicroProfile Config, so the instances running at one
 * time share one configuration ({@link Properties}); a test starts one or more instances of one application that way,
 * and other applications with {@link org.lightbus.testing.BusApplication}.
 */
public final class ReactiveApplication implements AutoCloseable {

    private final WeldContainer container;

    private ReactiveApplication(WeldContainer container) {
        this.container = container;
    }

    /**
     * @param config
     *            the configuration of the application, for as long as an instance runs
     * @param beans
     *            its bean classes, with a scope each
     */
    public static ReactiveApplication start(Map<String, String> config, Class<?>... beans) {
        Properties.set(config);
        WeldContainer container = new Weld("rm-" + UUID.randomUUID()).disableDiscovery()
                .setBeanDiscoveryMode(BeanDiscoveryMode.ANNOTATED).addPackages(true, MediatorFactory.class)
                .addBeanClasses(beans).addExtension(new ConfigExtension())
                .addExtension(new ReactiveMessagingExtension()).initialize();
        return new ReactiveApplication(container);
    }

    public <T> T bean(Class<T> type) {
        return container.select(type).get();
    }

    @Override
    public void close() {
        if (container.isRunning()) {
            container.shutdown();
        }
    }

    /** Forgets the configuration, once every instance has stopped. */
    public static void clearConfig() {
        Properties.set(Map.of());
        ConfigProviderResolver.instance().releaseConfig(ConfigProvider.getConfig());
    }

    /** The configuration source of the running applications (registered as a service). */
    public static final class Properties implements ConfigSource {

        private static volatile Map<String, String> values = Map.of();

        static void set(Map<String, String> config) {
            values = new HashMap<>(config);
        }

        @Override
        public Set<String> getPropertyNames() {
            return values.keySet();
        }

        @Override
        public String getValue(String propertyName) {
            return values.get(propertyName);
        }

        @Override
        public String getName() {
            return "reactive-application";
        }

        @Override
        public int getOrdinal() {
            return 500;
        }
    }
}
