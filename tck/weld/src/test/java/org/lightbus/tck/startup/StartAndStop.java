package org.lightbus.tck.startup;

import org.lightbus.testing.BusApplication;

/**
 * Starts two applications in namespace {@code args[0]}, the owner of the API the second listens to first, and stops
 * them: what a JVM prints when Lightbus is first used in it, for {@link QuietStartTest}.
 */
public final class StartAndStop {

    private StartAndStop() {
    }

    public static void main(String[] args) {
        try (BusApplication signup = BusApplication.named("signup").in(args[0]).config("lightbus.owned-apis", "auth")
                .with(Signup.class).start();
                BusApplication mailer = BusApplication.named("mailer").in(args[0]).with(Mailer.class).start()) {
            System.out.println("started " + signup.serviceName() + " and " + mailer.serviceName());
        }
    }
}
