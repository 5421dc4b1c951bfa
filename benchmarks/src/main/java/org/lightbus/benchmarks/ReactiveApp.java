package org.lightbus.benchmarks;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.jboss.weld.bootstrap.spi.BeanDiscoveryMode;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import io.smallrye.config.inject.ConfigExtension;
import io.smallrye.reactive.messaging.providers.MediatorFactory;
import io.smallrye.reactive.messaging.providers.extension.ReactiveMessagingExtension;

/**
 * An application with SmallRye Reactive Messaging (and the bus, whose extension is on the class path) in its own Weld
 * container. Reactive Messaging reads the process-wide configuration ({@link ReactiveConfig}), so only one such
 * application runs at a time; closing it forgets its configuration.
 */
final class ReactiveApp implements AutoCloseable {

    private final WeldContainer container;

    private ReactiveApp(WeldContainer container) {
        this.container = container;
    }

    /**
     * @param config
     *            the application's configuration
     * @param connectorPackage
     *            a class of the package of a connector's beans besides the bus's, with its subpackages; or null
     * @param beans
     *            the application's bean classes
     */
    static ReactiveApp start(Map<String, String> config, Class<?> connectorPackage, Class<?>... beans) {
        ReactiveConfig.set(config);
        Weld weld = new Weld("bench-rm-" + UUID.randomUUID()).disableDiscovery()
                .setBeanDiscoveryMode(BeanDiscoveryMode.ANNOTATED).addPackages(true, MediatorFactory.class)
                .addBeanClasses(beans).addExtension(new ConfigExtension())
                .addExtension(new ReactiveMessagingExtension());
        if (connectorPackage != null) {
            weld.addPackages(true, connectorPackage);
        }
        try {
            return new ReactiveApp(weld.initialize());
        } catch (RuntimeException e) {
            forgetConfig();
            throw e;
        }
    }

    <T> T bean(Class<T> type) {
        return container.select(type).get();
    }

    @Override
    public void close() {
        try {
            if (container.isRunning()) {
                container.shutdown();
            }
        } finally {
            forgetConfig();
        }
    }

    private static void forgetConfig() {
        ReactiveConfig.set(Map.of());
        ConfigProviderResolver.instance().releaseConfig(ConfigProvider.getConfig());
    }
}
