package org.lightbus.tck.publish;

import java.util.concurrent.CompletionStage;

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

    @Inject
    @Bus
    Event<Object> anything;

    void signUp(String username) {
        signedUp.fire(AuthApi.UserSignedUp.of(username));
    }

    CompletionStage<AuthApi.UserSignedUp> signUpAsync(String username) {
        return signedUp.fireAsync(AuthApi.UserSignedUp.of(username));
    }

    void fireAnything(Object event) {
        anything.fire(event);
    }
}
