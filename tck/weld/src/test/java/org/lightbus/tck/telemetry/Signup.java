package org.lightbus.tck.telemetry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;
import org.lightbus.tck.contract.AuthApi;

@ApplicationScoped
public class Signup {

    @Inject
    @Bus
    Event<AuthApi.UserSignedUp> signedUp;

    void signUp(String username) {
        signedUp.fire(AuthApi.UserSignedUp.of(username));
    }
}
