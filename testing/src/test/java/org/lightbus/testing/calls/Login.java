package org.lightbus.testing.calls;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;
import org.lightbus.testing.contract.AuthApi;

/** The code under test: an application that calls another's API. */
@ApplicationScoped
public class Login {

    @Inject
    @Bus
    AuthApi auth;

    public boolean logIn(String username, String password) {
        return auth.checkPassword(username, password);
    }

    public CompletionStage<AuthApi.Profile> profileOf(String username) {
        return auth.profile(username);
    }
}
