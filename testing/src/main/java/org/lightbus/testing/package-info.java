/**
 * Test kit for applications that use Lightbus: assert what an application fired and called, answer its calls, and
 * simulate the events and calls other applications send, with the values the application code uses, without a broker.
 *
 * <p>
 * {@link org.lightbus.testing.TestBus} is the entry point; inject it into a test. With weld-junit5,
 * {@link org.lightbus.testing.LightbusTest} starts the application per test method:
 *
 * <pre>
 * &#64;LightbusTest
 * class SignupsTest {
 *     &#64;Inject
 *     Signups signups;
 *     &#64;Inject
 *     TestBus bus;
 *
 *     &#64;Test
 *     void aNewUserIsAnnounced() {
 *         signups.signUp("ada", "ada@example.com", "secret");
 *         bus.assertFired(new AuthApi.UserSignedUp("ada", "ada@example.com", avatar));
 *     }
 * }
 * </pre>
 *
 * In an Arquillian deployment or a {@code @QuarkusTest}, the kit's jars on the application's class path are enough. The
 * kit's transport ({@link org.lightbus.testing.TestKitTransportFactory}) sends through the in-memory broker, or through
 * RabbitMQ with {@code lightbus.testing.broker=rabbitmq}.
 *
 * <p>
 * {@link org.lightbus.testing.BusApplication} runs one application (its bean classes, its own MicroProfile Config) in
 * its own CDI container, so that a test can start several applications in one JVM and watch them talk, through the
 * in-memory broker or, with {@code lightbus.transport=rabbitmq}, the real one:
 *
 * <pre>
 * try (BusApplication signup = BusApplication.named("signup").with(Signup.class).start();
 *         BusApplication mailer = BusApplication.named("mailer").with(Mailer.class).start()) {
 *     signup.bean(Signup.class).signUp("ada");
 *     await().until(() -&gt; mailer.bean(Mailer.class).welcomed().contains("ada"));
 * }
 * </pre>
 */
package org.lightbus.testing;
