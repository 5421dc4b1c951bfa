package org.lightbus.benchmarks;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The configuration of the one Reactive Messaging application running at a time ({@link ReactiveApp}): Reactive
 * Messaging reads the process-wide MicroProfile Config, of which this is a source (registered as a service). Empty
 * while no such application runs.
 */
public final class ReactiveConfig implements ConfigSource {

    private static volatile Map<String, String> values = Map.of();

    static void set(Map<String, String> config) {
        values = Map.copyOf(config);
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
        return "benchmark-reactive-application";
    }

    @Override
    public int getOrdinal() {
        return 500;
    }
}
