package org.lightbus.interop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;

@ApplicationScoped
public class Signup {

    @Inject
    @Bus
    Event<AuthApi.UserSignedUp> signedUp;

    void signUp(String username) {
        signedUp.fire(new AuthApi.UserSignedUp(username, username + "@example.com"));
    }
}
