package org.lightbus.testing.serve;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.lightbus.testing.contract.AuthApi;

/** The code under test: the server of the API. */
@ApplicationScoped
public class AuthService implements AuthApi {

    @Override
    public boolean checkPassword(String username, String password) {
        if (username.equals("eve")) {
            throw new IllegalArgumentException("no such user: eve");
        }
        return password.equals("secret");
    }

    @Override
    public CompletionStage<Profile> profile(String username) {
        return CompletableFuture.completedFuture(new Profile(username, username + "@example.com", 7));
    }
}
