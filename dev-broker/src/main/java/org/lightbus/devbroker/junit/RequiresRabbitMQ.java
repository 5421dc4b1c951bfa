package org.lightbus.devbroker.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method that needs RabbitMQ itself, not any AMQP 0-9-1 broker: one that checks RabbitMQ-only
 * behaviour (quorum queues, direct reply-to, resource alarms) or drives the broker with {@code rabbitmqctl}. Skipped,
 * and listed at the end of the run, when the tests run against the development broker ({@link TestBrokerSession}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@ExtendWith(RabbitMQOnlyCondition.class)
public @interface RequiresRabbitMQ {

    /**
     * @return what of RabbitMQ the test needs, for the skip message, e.g. {@code "rabbitmqctl"}
     */
    String value();
}
