package org.lightbus.faults.support;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the suite's {@link RabbitNode} once, on first use, and stops it when the test run ends (JUnit closes the root
 * store's resources, also after failures); gives each test a {@link Scenario}, closed when the test ends.
 */
final class FaultSuiteExtension implements BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
            .create(FaultSuiteExtension.class);

    /** System property: where the node, the journals and the figures go ({@code target/} of the module). */
    static final String WORK_DIR = "lightbus.faults.work-dir";

    @Override
    public void beforeEach(ExtensionContext context) {
        // a test that failed half-way may have left the node killed or alarmed
        node(context).ensureHealthy();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RabbitNode.class || type == Scenario.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == RabbitNode.class) {
            return node(context);
        }
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Scenario.class,
                key -> Scenario.create(node(context), workDir(), context.getRequiredTestClass()), Scenario.class);
    }

    private static RabbitNode node(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(RabbitNode.class, key -> {
            FaultReport.reset();
            return RabbitNode.start(workDir());
        }, RabbitNode.class);
    }

    static Path workDir() {
        return Path.of(System.getProperty(WORK_DIR, "target")).toAbsolutePath();
    }
}
