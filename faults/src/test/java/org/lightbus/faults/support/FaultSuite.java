package org.lightbus.faults.support;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A scenario of the fault suite: its tests get the suite's {@link RabbitNode} (one start for the whole run) and a
 * {@link Scenario} of their own (namespace, folder, application processes killed at the end), and end within a bound.
 */
@Target(TYPE)
@Retention(RUNTIME)
@ExtendWith(FaultSuiteExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
public @interface FaultSuite {
}
