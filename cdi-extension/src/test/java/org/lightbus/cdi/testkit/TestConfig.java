package org.lightbus.cdi.testkit;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * Produces the application's MicroProfile Config for component tests: {@code lightbus.service-name=test}, a
 * {@code lightbus.namespace} of the container's own, plus what a test puts in {@link #PROPERTIES} before the container
 * starts.
 *
 * <p>
 * The namespace names the in-memory broker the container connects to ({@link RecordingTransport#broker()}): with one
 * per container, no event, dead letter or listener of one test reaches another, even one still being delivered when a
 * container stops.
 */
public class TestConfig {

    private static final AtomicInteger CONTAINERS = new AtomicInteger();

    /**
     * Properties of the next container; filled from {@link LightbusComponentTest#config()}, cleared after each class.
     */
    public static final Map<String, String> PROPERTIES = new HashMap<>();

    @Produces
    @Singleton
    Config config() {
        Map<String, String> properties = new HashMap<>();
        properties.put("lightbus.service-name", "test");
        properties.put("lightbus.namespace", "test-" + CONTAINERS.incrementAndGet());
        properties.putAll(PROPERTIES);
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 500)).build();
    }
}
