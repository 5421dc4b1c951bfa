/**
 * Test kit for applications that use Lightbus.
 *
 * <p>
 * {@link org.lightbus.testing.BusApplication} runs one application (its bean classes, its own MicroProfile Config) in
 * its own CDI container, so that a test can start several applications in one JVM and watch them talk through the real
 * broker:
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
