package org.lightbus.example.mailer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.lightbus.api.Bus;
import org.lightbus.api.EventContext;
import org.lightbus.api.LightbusConfig;
import org.lightbus.api.Listener;
import org.lightbus.example.activity.Activity;
import org.lightbus.example.contract.AuthApi;

/**
 * Welcomes every new user by mail. Listener {@code welcome-email}, so its queue is
 * {@code lightbus.mailer.welcome-email}. It asks the {@code auth} API, over the bus, whether the user chose the
 * username as password, and then adds a tip to the mail.
 *
 * <p>
 * When it fails (the mail server refuses addresses of users whose name starts with {@code poison}; signup does not
 * answer), the listener throws, the bus calls it again after a backoff, and after the last allowed attempt
 * ({@code lightbus.listener.welcome-email.max-attempts}) moves the event to the dead-letter queue
 * {@code lightbus.mailer.welcome-email.dlq}.
 */
@ApplicationScoped
public class Mailer {

    private static final String LISTENER = "welcome-email";

    /** Lightbus's default for {@link LightbusConfig#LISTENER_MAX_ATTEMPTS}. */
    private static final int DEFAULT_MAX_ATTEMPTS = 5;

    @Inject
    @Bus
    AuthApi auth;

    @Inject
    Activity activity;

    @Inject
    Config config;

    void welcome(@Observes @Bus @Listener(LISTENER) AuthApi.UserSignedUp user, EventContext context) {
        try {
            if (user.username().startsWith("poison")) { // ... the mail server checks the recipient ...
                throw new IllegalStateException("the mail server refuses " + user.email());
            }
            boolean weakPassword = auth.checkPassword(user.username(), user.username()); // a call to signup
            activity.record(Activity.Kind.CALLED, user.username(),
                    "auth.check_password(" + user.username() + ", " + user.username() + "): " + weakPassword);
            // ... send the mail ...
            activity.record(Activity.Kind.HANDLED, user.username(), "sent the welcome mail to " + user.email()
                    + (weakPassword ? ", with a tip: choose a password other than your username" : ""));
        } catch (RuntimeException e) {
            recordFailure(user, context, e);
            throw e; // the bus calls the listener again later, or dead-letters the event after the last attempt
        }
    }

    private void recordFailure(AuthApi.UserSignedUp user, EventContext context, RuntimeException failure) {
        int maxAttempts = maxAttempts();
        boolean last = context.attempt() >= maxAttempts;
        activity.record(Activity.Kind.FAILED, user.username(), "attempt " + context.attempt() + " of " + maxAttempts
                + " failed: " + failure.getMessage() + (last ? "" : "; the bus tries again after a backoff"));
        if (last) {
            activity.record(Activity.Kind.DEAD_LETTERED, user.username(), "gave up on the welcome mail to "
                    + user.email() + ": the bus moves the event to " + deadLetterQueue());
        }
    }

    private int maxAttempts() {
        return config
                .getOptionalValue(LightbusConfig.forListener(LISTENER, LightbusConfig.LISTENER_MAX_ATTEMPTS),
                        Integer.class)
                .or(() -> config.getOptionalValue(LightbusConfig.LISTENER_MAX_ATTEMPTS, Integer.class))
                .orElse(DEFAULT_MAX_ATTEMPTS);
    }

    private String deadLetterQueue() {
        String namespace = config.getOptionalValue(LightbusConfig.NAMESPACE, String.class).orElse("lightbus");
        return namespace + ".mailer." + LISTENER + ".dlq";
    }
}
