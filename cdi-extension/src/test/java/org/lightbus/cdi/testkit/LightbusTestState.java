package org.lightbus.cdi.testkit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.lightbus.memory.InMemoryBroker;

/**
 * Applies {@link LightbusComponentTest#config()} before the first container of a test class starts, and clears the
 * static state of the test kit afterwards, so that test classes do not see each other's configuration or transports.
 * After each test (its container stopped), it {@linkplain InMemoryBroker#resetAll() resets} the in-memory brokers:
 * whatever a test left in them, waiting events or dead letters, is gone.
 */
final class LightbusTestState implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        reset();
        AnnotationSupport.findAnnotation(context.getRequiredTestClass(), LightbusComponentTest.class)
                .ifPresent(test -> {
                    for (String property : test.config()) {
                        int equals = property.indexOf('=');
                        if (equals < 1) {
                            throw new IllegalArgumentException("Expected key=value, got '" + property + "'");
                        }
                        TestConfig.PROPERTIES.put(property.substring(0, equals).trim(),
                                property.substring(equals + 1).trim());
                    }
                });
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RecordingTransport.CREATED.clear();
        InMemoryBroker.resetAll();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        reset();
    }

    private static void reset() {
        TestConfig.PROPERTIES.clear();
        RecordingTransport.CREATED.clear();
        InMemoryBroker.resetAll();
    }
}
