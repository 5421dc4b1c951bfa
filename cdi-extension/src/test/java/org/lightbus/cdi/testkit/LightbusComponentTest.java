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
 * in-memory transport of {@code lightbus-in-memory}, wrapped in a {@link RecordingTransport}, as the broker; each
 * container has a broker of its own.
 *
 * <p>
 * Beans come from the test class's injection points and {@code @AddBeanClasses}, as with {@link EnableAutoWeld}. The
 * transport of the running container is {@link RecordingTransport#current()}. The broker delivers events on threads of
 * its own: a test that fired an event waits with {@link RecordingTransport#awaitDelivered()} before it looks at what
 * the listeners did.
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
