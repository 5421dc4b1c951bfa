package org.lightbus.cdi.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.jboss.weld.junit5.auto.AddBeanClasses;
import org.jboss.weld.junit5.auto.EnableAutoWeld;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A CDI component test of Lightbus: a Weld SE container per test method with the Lightbus extension (found through
 * {@link java.util.ServiceLoader}, as in a real deployment), {@link TestConfig} as the MicroProfile Config, and the
 * {@link InMemoryTransport} as the broker.
 *
 * <p>
 * Beans come from the test class's injection points and {@code @AddBeanClasses}, as with {@link EnableAutoWeld}. The
 * transport of the running container is {@link InMemoryTransport#current()}.
 *
 * <pre>
 * &#64;LightbusComponentTest(config = "lightbus.listener.max-attempts=3")
 * class RetryConfigTest {
 *     &#64;Inject
 *     Mailer mailer;
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(LightbusTestState.class)
@EnableAutoWeld
@AddBeanClasses(TestConfig.class)
public @interface LightbusComponentTest {

    /**
     * @return configuration properties of the test class's containers, as {@code key=value}
     */
    String[] config() default {};
}
