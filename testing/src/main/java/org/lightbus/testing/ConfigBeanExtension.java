package org.lightbus.testing;

import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.SysPropConfigSource;

/**
 * Gives one test application its own MicroProfile Config bean, as each deployment has in a real runtime, so that
 * several applications with different service names can run in one JVM. The application's properties win over system
 * properties, which win over the defaults: {@code -Dlightbus.rabbitmq.port=5679} points every application that does not
 * set its own port at another broker.
 */
final class ConfigBeanExtension implements Extension {

    private final Map<String, String> properties;

    ConfigBeanExtension(Map<String, String> properties) {
        this.properties = Map.copyOf(properties);
    }

    void addConfig(@Observes AfterBeanDiscovery abd) {
        Config config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test-application", 500))
                .withSources(new SysPropConfigSource()).build();
        abd.addBean().types(Config.class, Object.class).scope(Singleton.class).createWith(c -> config);
    }
}
