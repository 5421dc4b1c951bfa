package org.lightbus.example.signup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lightbus.example.activity.Activity;
import org.lightbus.example.contract.AuthApi;

/**
 * Serves the {@code auth} API on the bus: implementing the interface is all it takes. Other applications call it
 * through an injected {@code @Bus AuthApi} client.
 */
@ApplicationScoped
public class AuthService implements AuthApi {

    @Inject
    Accounts accounts;

    @Inject
    Activity activity;

    @Override
    public boolean checkPassword(String username, String password) {
        boolean matches = accounts.passwordMatches(username, password);
        activity.record(Activity.Kind.SERVED, username, "auth.check_password for " + username + ": " + matches);
        return matches;
    }

    @Override
    public boolean isUsernameTaken(String username) {
        boolean taken = accounts.exists(username);
        activity.record(Activity.Kind.SERVED, username, "auth.is_username_taken for " + username + ": " + taken);
        return taken;
    }
}
