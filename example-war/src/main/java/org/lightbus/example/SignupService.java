package org.lightbus.example;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;

/**
 * Signs users up and says so on the bus. It does not know who reacts; it asks the auth service, over the bus, whether a
 * username is free.
 */
@ApplicationScoped
public class SignupService {

    @Inject
    @Bus
    Event<AuthApi.UserSignedUp> signedUp;

    @Inject
    @Bus
    AuthApi auth;

    /**
     * @param username
     *            the new user
     * @param email
     *            the user's address
     *
     * @return false if the username is taken, as the auth service says over the bus
     */
    public boolean signUp(String username, String email) {
        if (auth.isUsernameTaken(username)) {
            return false;
        }
        // ... store the account ...
        signedUp.fire(new AuthApi.UserSignedUp(username, email, URI.create("https://avatars.example.com/" + username)));
        return true;
    }
}
