package org.lightbus.testing.fired;

import java.net.URI;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;
import org.lightbus.testing.contract.AuthApi;

/** The code under test: signs users up and announces them on the bus. */
@ApplicationScoped
public class Signup {

    @Inject
    @Bus
    Event<AuthApi.UserSignedUp> signedUp;

    public CompletionStage<AuthApi.UserSignedUp> signUpAsync(String username, String email) {
        return signedUp.fireAsync(
                new AuthApi.UserSignedUp(username, email, URI.create("https://avatars.example.com/" + username)));
    }

    public void signUp(String username, String email) {
        signedUp.fire(new AuthApi.UserSignedUp(username, email, URI.create("https://avatars.example.com/" + username)));
    }
}
