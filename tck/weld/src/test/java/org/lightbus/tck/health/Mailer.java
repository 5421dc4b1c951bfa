package org.lightbus.tck.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.tck.app.AuthApi;

/** A listener, which the readiness reports. */
@ApplicationScoped
public class Mailer {

    void welcome(@Observes @Bus AuthApi.UserSignedUp event) {
    }
}
