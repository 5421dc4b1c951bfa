package org.lightbus.tck.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.EventContext;
import org.lightbus.api.Listener;

/**
 * The {@code mailer} role's listener {@code welcome-email}, with an injected parameter. It always fails for users whose
 * name starts with {@code poison}, and fails the first attempt for those starting with {@code flaky}.
 */
@ApplicationScoped
public class Mailer {

    void welcome(@Observes @Bus @Listener("welcome-email") AuthApi.UserSignedUp event, EventContext context,
            Received received) {
        if (event.username().startsWith("poison") || (event.username().startsWith("flaky") && context.attempt() == 1)) {
            throw new IllegalArgumentException("mail server refuses " + event.username());
        }
        received.add("welcome-email", event, context);
    }
}
