package org.lightbus.devbroker.junit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Disables {@link RequiresRabbitMQ} tests while the development broker stands in for RabbitMQ.
 */
final class RabbitMQOnlyCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestBroker.kind() != TestBroker.Kind.DEVELOPMENT) {
            return ConditionEvaluationResult.enabled("RabbitMQ answers");
        }
        return context.getElement().flatMap(e -> AnnotationSupport.findAnnotation(e, RequiresRabbitMQ.class))
                .map(needs -> ConditionEvaluationResult.disabled(TestBroker.skipReason(needs.value())))
                .orElseGet(() -> ConditionEvaluationResult.enabled("runs on any broker"));
    }
}
