package org.lightbus.testing;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The configuration of the running {@link LightbusTest} class ({@link LightbusTest#config()}), or of the running
 * {@link ReactiveApplication}s, above system properties and {@code microprofile-config.properties}; empty otherwise.
 * Found by MicroProfile Config through {@link java.util.ServiceLoader}.
 */
public final class TestProperties implements ConfigSource {

    /** Above system properties (400). */
    private static final int ORDINAL = 500;

    private static final Map<String, String> PROPERTIES = new ConcurrentHashMap<>();

    static void set(Map<String, String> properties) {
        PROPERTIES.clear();
        PROPERTIES.putAll(properties);
    }

    static void clear() {
        PROPERTIES.clear();
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.copyOf(PROPERTIES.keySet());
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.copyOf(PROPERTIES);
    }

    @Override
    public String getValue(String propertyName) {
        return PROPERTIES.get(propertyName);
    }

    @Override
    public String getName() {
        return "LightbusTest.config";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
