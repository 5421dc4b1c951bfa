package org.lightbus.tck.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

/** Serves {@link AuthApi} in the {@code signup} role. */
@ApplicationScoped
public class AuthService implements AuthApi {

    @Override
    public boolean checkPassword(String username, String password) {
        if (username.equals("locked")) {
            throw new IllegalStateException("account locked: " + username);
        }
        return password.equals("secret");
    }

    @Override
    public CompletionStage<String> displayName(String username) {
        return CompletableFuture.completedFuture(username.toUpperCase());
    }
}
