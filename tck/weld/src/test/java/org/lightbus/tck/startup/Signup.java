package org.lightbus.tck.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;
import org.lightbus.tck.contract.AuthApi;

/** The owner of {@code auth}, which fires its event: it publishes the schema that {@link Mailer} checks. */
@ApplicationScoped
public class Signup {

    @Inject
    @Bus
    Event<AuthApi.UserSignedUp> signedUp;
}
