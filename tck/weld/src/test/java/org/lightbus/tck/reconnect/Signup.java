package org.lightbus.tck.reconnect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;
import org.lightbus.api.PublishException;
import org.lightbus.tck.contract.AuthApi;

@ApplicationScoped
public class Signup {

    @Inject
    @Bus
    Event<AuthApi.UserSignedUp> signedUp;

    /** @return true if the broker confirmed the event, false if the fire failed */
    boolean trySignUp(String username) {
        try {
            signedUp.fire(AuthApi.UserSignedUp.of(username));
            return true;
        } catch (PublishException e) {
            return false;
        }
    }
}
