package org.lightbus.faults.support;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.lightbus.devbroker.junit.TestBroker;

/**
 * Skips the suite where RabbitMQ's server is not installed, unless the build requires RabbitMQ
 * ({@code lightbus.test.broker=rabbitmq}, as in CI: then the tests fail saying what is missing); the skipped tests are
 * listed with the others that need RabbitMQ. Starts the suite's {@link RabbitNode} once, on first use, and stops it
 * when the test run ends (JUnit closes the root store's resources, also after failures); gives each test a
 * {@link Scenario}, closed when the test ends.
 */
final class FaultSuiteExtension implements ExecutionCondition, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
            .create(FaultSuiteExtension.class);

    /** System property: where the node, the journals and the figures go ({@code target/} of the module). */
    static final String WORK_DIR = "lightbus.faults.work-dir";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (RabbitNode.installed() || TestBroker.rabbitMqRequired()) {
            return ConditionEvaluationResult.enabled("RabbitMQ's server is installed, or required");
        }
        return ConditionEvaluationResult.disabled(TestBroker.skipReason("its server installed, for a node of the fault "
                + "suite's own: apt-get install rabbitmq-server, or -D" + RabbitNode.BIN_PROPERTY + "=<folder>"));
    }

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
