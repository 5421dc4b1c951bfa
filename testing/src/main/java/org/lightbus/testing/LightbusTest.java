package org.lightbus.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.jboss.weld.junit5.auto.EnableAutoWeld;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A weld-junit5 test of a bus application without a broker: each test method gets a CDI container (Weld SE) with the
 * Lightbus extension, the beans of the test class's injection points and {@code @AddBeanClasses}, the application's
 * MicroProfile Config plus {@link #config()}, and the in-memory broker. It does not wait for the schemas of other
 * applications' APIs when the application starts ({@code lightbus.schema.load-timeout=0s}, unless {@link #config()}
 * says otherwise). Inject {@link TestBus} to assert what the application fired and called, mock its calls, and simulate
 * incoming events and calls.
 *
 * <pre>
 * &#64;LightbusTest
 * &#64;AddBeanClasses(Thumbnails.class)
 * class ThumbnailsTest {
 *     &#64;Inject
 *     TestBus bus;
 *
 *     &#64;Test
 *     void aNewUserGetsAThumbnail() {
 *         bus.simulate(new AuthApi.UserSignedUp("ada", "ada@example.com", avatar)).assertSucceeded();
 *         bus.assertFired(new ImagesApi.ThumbnailReady("ada", thumbnail));
 *     }
 * }
 * </pre>
 *
 * <p>
 * Between tests the in-memory broker is emptied, and under {@link #strictCalls()} a test fails if the application made
 * a call no mock answered. {@code -Dlightbus.testing.broker=rabbitmq} runs the same tests against RabbitMQ.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@EnableAutoWeld
@ExtendWith(LightbusTestExtension.class)
public @interface LightbusTest {

    /**
     * @return MicroProfile Config properties for this test class, as {@code key=value}, above the application's own and
     *         system properties, e.g. {@code "lightbus.listener.max-attempts=2"}
     */
    String[] config() default {};

    /**
     * @return whether a call no mock answers fails the test ({@code lightbus.testing.strict-calls}); calls to APIs the
     *         application serves itself are never unexpected
     */
    boolean strictCalls() default false;
}
