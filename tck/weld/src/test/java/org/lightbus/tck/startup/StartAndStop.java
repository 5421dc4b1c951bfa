package org.lightbus.tck.startup;

import org.lightbus.testing.BusApplication;

/**
 * Starts one application in namespace {@code args[0]} and stops it: what a JVM prints when Lightbus is first used in
 * it, for {@link QuietStartTest}.
 */
public final class StartAndStop {

    private StartAndStop() {
    }

    public static void main(String[] args) {
        try (BusApplication mailer = BusApplication.named("mailer").in(args[0]).with(Mailer.class).start()) {
            System.out.println("started " + mailer.serviceName());
        }
    }
}
