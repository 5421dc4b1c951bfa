package org.lightbus.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.lightbus.api.LightbusConfig;
import org.lightbus.memory.InMemoryBroker;

/**
 * Applies {@link LightbusTest#config()} before the first container of a test class starts, fails a test that made
 * unexpected calls under strict calls, and empties the in-memory broker after each test.
 */
final class LightbusTestExtension implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        LightbusTest test = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), LightbusTest.class)
                .orElseThrow();
        Map<String, String> properties = new HashMap<>();
        // each test method starts the application again: do not wait for the owners of the APIs it uses to publish
        // their schemas (no owner runs in a test of one application); a schema that comes is still compared
        properties.put(LightbusConfig.SCHEMA_LOAD_TIMEOUT, "0s");
        if (test.strictCalls()) {
            properties.put(TestKitTransportFactory.STRICT_CALLS, "true");
        }
        for (String property : test.config()) {
            int equals = property.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("@LightbusTest(config) of "
                        + context.getRequiredTestClass().getName() + " expects key=value, got '" + property + "'");
            }
            properties.put(property.substring(0, equals).trim(), property.substring(equals + 1).trim());
        }
        TestProperties.set(properties);
        InMemoryBroker.resetAll();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> unexpected = new ArrayList<>();
        for (RecordingTransport transport : RecordingTransport.RUNNING) {
            unexpected.addAll(transport.unexpectedCalls());
            transport.unexpectedCalls().clear();
        }
        InMemoryBroker.resetAll();
        if (!unexpected.isEmpty() && context.getExecutionException().isEmpty()) {
            throw new AssertionError(String.join("\n", unexpected));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestProperties.clear();
    }
}
