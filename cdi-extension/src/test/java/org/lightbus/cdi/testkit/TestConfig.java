package org.lightbus.cdi.testkit;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * Produces the application's MicroProfile Config for component tests: {@code lightbus.service-name=test} plus what a
 * test puts in {@link #PROPERTIES} before the container starts.
 */
public class TestConfig {

    /**
     * Properties of the next container; filled from {@link LightbusComponentTest#config()}, cleared after each class.
     */
    public static final Map<String, String> PROPERTIES = new HashMap<>();

    @Produces
    @Singleton
    Config config() {
        Map<String, String> properties = new HashMap<>();
        properties.put("lightbus.service-name", "test");
        properties.putAll(PROPERTIES);
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 500)).build();
    }
}
