package org.lightbus.tck.support;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Closes the static {@link Broker} fields of a test class, deleting everything in their namespaces, after Arquillian
 * has undeployed the test's applications: declared before {@code ArquillianExtension} in {@code @ExtendWith}, its
 * {@code afterAll} runs after Arquillian's. Deleting the queues first would make the still deployed listeners report
 * cancelled consumers.
 */
public final class BrokerCleanUp implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        for (Field field : context.getRequiredTestClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Broker.class) {
                field.setAccessible(true);
                try (Broker broker = (Broker) field.get(null)) {
                    broker.deleteNamespace(); // also what the deployed applications declared on their own
                }
            }
        }
    }
}
