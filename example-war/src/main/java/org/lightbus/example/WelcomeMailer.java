package org.lightbus.example;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.lightbus.api.Bus;
import org.lightbus.api.Listener;

/**
 * Welcomes every new user by mail. Listener {@code welcome-email}.
 */
@ApplicationScoped
public class WelcomeMailer {

    private final AtomicInteger count = new AtomicInteger();

    private static final Logger LOG = Logger.getLogger(WelcomeMailer.class);

    void welcome(@Observes @Bus @Listener("welcome-email") AuthApi.UserSignedUp user) {
        LOG.infof("Sending a welcome mail to %s <%s>", user.username(), user.email());
        count.incrementAndGet();
    }

    /**
     * @return how many users this instance has welcomed
     */
    public int welcomed() {
        return count.get();
    }
}
