package org.lightbus.cdi.listen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.Listener;

@ApplicationScoped
public class Mailer {

    void welcome(@Observes @Bus @Listener("welcome-email") AuthApi.UserSignedUp event) {
    }

    @Listener("audit.sign-ups")
    void audit(@Observes @Bus AuthApi.UserSignedUp event) {
    }

    void newsletter(@Observes @Bus AuthApi.UserSignedUp event) {
    }
}
