package org.lightbus.example;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Runs the example's beans on Weld SE against the local RabbitMQ, as a Jakarta EE server would run the WAR: signs three
 * users up and waits until the resizer and the mailer have reacted to each.
 *
 * <pre>
 * ./mvnw -Prun-example -pl example-war -am verify -DskipTests
 * </pre>
 */
public final class RunExample {

    private static final String[] USERS = { "ada", "grace", "linus" };

    private RunExample() {
    }

    public static void main(String[] args) {
        try (WeldContainer container = new Weld("lightbus-example").disableDiscovery()
                .addBeanClasses(SignupService.class, AvatarResizer.class, WelcomeMailer.class, UsernameRegistry.class)
                .initialize()) {
            SignupService signup = container.select(SignupService.class).get();
            for (String user : USERS) {
                signup.signUp(user, user + "@example.com");
                System.out.println("Signed up " + user + ": the broker has confirmed the event");
            }
            System.out.println("Signing up 'admin' again: " + (signup.signUp("admin", "root@example.com") ? "accepted"
                    : "refused, the auth service says the name is taken"));
            AvatarResizer resizer = container.select(AvatarResizer.class).get();
            WelcomeMailer mailer = container.select(WelcomeMailer.class).get();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while ((resizer.resized() < USERS.length || mailer.welcomed() < USERS.length)
                    && Instant.now().isBefore(deadline)) {
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
            System.out.printf("Done: %d avatars resized, %d welcome mails sent%n", resizer.resized(),
                    mailer.welcomed());
        }
    }
}
