package org.lightbus.tck.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.BusEvent;

/**
 * The {@code outdated} role: listens to {@code auth.user_signed_up} with a contract that requires a field the owner's
 * schema does not have. It is told so when it starts; with {@code lightbus.api.auth.validate.strict=true} it does not
 * start.
 */
@ApplicationScoped
public class OutdatedListener {

    /** What this role believes {@code auth.user_signed_up} is. */
    @BusEvent(api = "auth", name = "user_signed_up")
    public record UserSignedUpWithAge(String username, int age) {
    }

    void on(@Observes @Bus UserSignedUpWithAge event) {
    }
}
