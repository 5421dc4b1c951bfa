package org.lightbus.testing;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.jboss.weld.bootstrap.spi.BeanDiscoveryMode;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import io.smallrye.config.inject.ConfigExtension;
import io.smallrye.reactive.messaging.providers.MediatorFactory;
import io.smallrye.reactive.messaging.providers.extension.ReactiveMessagingExtension;

/**
 * One application with SmallRye Reactive Messaging and the bus, in its own Weld SE container: its bean classes (each
 * with a scope), SmallRye's provider, and the beans of the packages given. Needs SmallRye Reactive Messaging's provider
 * on the class path, beside Weld SE and SmallRye Config.
 *
 * <p>
 * Unlike a {@link BusApplication}, it reads the process-wide MicroProfile Config, because Reactive Messaging does: the
 * instances running at one time share the configuration the last one was started with (start several instances of one
 * application, and other applications as {@link BusApplication}s). The configuration is forgotten when the last
 * instance closes.
 *
 * <pre>
 * try (ReactiveApplication shop = ReactiveApplication.start(
 *         Map.of("lightbus.service-name", "shop", "mp.messaging.incoming.welcome.connector", "lightbus"),
 *         Shop.class)) {
 *     shop.bean(Shop.class).welcomed();
 * }
 * </pre>
 */
public final class ReactiveApplication implements AutoCloseable {

    private static final AtomicInteger RUNNING = new AtomicInteger();

    private final WeldContainer container;

    private ReactiveApplication(WeldContainer container) {
        this.container = container;
    }

    /**
     * @param config
     *            the application's configuration, for as long as an instance runs
     * @param beans
     *            its bean classes
     *
     * @return the started application
     */
    public static ReactiveApplication start(Map<String, String> config, Class<?>... beans) {
        return start(config, new Class<?>[0], beans);
    }

    /**
     * @param config
     *            the application's configuration, for as long as an instance runs
     * @param packagesOf
     *            a class of each package whose beans (in annotated mode, with subpackages) the application has too,
     *            such as a connector's
     * @param beans
     *            its bean classes
     *
     * @return the started application
     */
    public static ReactiveApplication start(Map<String, String> config, Class<?>[] packagesOf, Class<?>... beans) {
        TestProperties.set(config);
        RUNNING.incrementAndGet();
        Weld weld = new Weld("reactive-" + UUID.randomUUID()).disableDiscovery()
                .setBeanDiscoveryMode(BeanDiscoveryMode.ANNOTATED).addPackages(true, MediatorFactory.class)
                .addBeanClasses(beans).addExtension(new ConfigExtension())
                .addExtension(new ReactiveMessagingExtension());
        for (Class<?> packageOf : packagesOf) {
            weld.addPackages(true, packageOf);
        }
        try {
            return new ReactiveApplication(weld.initialize());
        } catch (RuntimeException e) {
            stopped();
            throw e;
        }
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

    @Override
    public void close() {
        if (container.isRunning()) {
            try {
                container.shutdown();
            } finally {
                stopped();
            }
        }
    }

    private static void stopped() {
        if (RUNNING.decrementAndGet() == 0) {
            TestProperties.clear();
            ConfigProviderResolver.instance().releaseConfig(ConfigProvider.getConfig());
        }
    }
}
