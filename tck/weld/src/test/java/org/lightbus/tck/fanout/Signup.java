package org.lightbus.tck.fanout;

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

    CompletionStage<AuthApi.UserSignedUp> signUpAsync(String username) {
        return signedUp.fireAsync(AuthApi.UserSignedUp.of(username));
    }
}
