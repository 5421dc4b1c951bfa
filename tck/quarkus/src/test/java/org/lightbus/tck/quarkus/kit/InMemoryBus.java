package org.lightbus.tck.quarkus.kit;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The TCK application on the test kit's in-memory broker: the one switch from the module's default
 * ({@code %test.lightbus.testing.broker=rabbitmq} in {@code application.properties}) back to the kit's own default.
 */
public class InMemoryBus implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("lightbus.testing.broker", "in-memory");
    }
}
