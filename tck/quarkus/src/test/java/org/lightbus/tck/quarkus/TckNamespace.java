package org.lightbus.tck.quarkus;

import java.util.Map;
import java.util.UUID;

import org.lightbus.tck.support.Broker;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives the Quarkus application under test a namespace of its own on the broker, and the tests the same namespace
 * through the system property {@value #PROPERTY} (shared by every class loader of the test JVM).
 */
public class TckNamespace implements QuarkusTestResourceLifecycleManager {

    static final String PROPERTY = "lightbus.tck.namespace";

    @Override
    public Map<String, String> start() {
        String namespace = "tck-" + UUID.randomUUID().toString().substring(0, 8);
        System.setProperty(PROPERTY, namespace);
        return Map.of("lightbus.namespace", namespace);
    }

    /** After the application stopped: deleting its queues while it runs would cancel its consumers. */
    @Override
    public void stop() {
        try (Broker broker = new Broker(namespace())) {
            broker.deleteNamespace();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        System.clearProperty(PROPERTY);
    }

    static String namespace() {
        return System.getProperty(PROPERTY);
    }
}
