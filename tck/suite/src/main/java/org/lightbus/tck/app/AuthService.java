package org.lightbus.tck.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Serves {@link AuthApi} in the {@code signup} role; in a traced application, each procedure notes its span
 * ({@link TraceNotes}) as {@code auth.<procedure>}.
 */
@ApplicationScoped
public class AuthService implements AuthApi {

    @Inject
    Instance<TraceNotes> notes;

    @Override
    public boolean checkPassword(String username, String password) {
        notes.forEach(note -> note.note("auth.check_password", username));
        if (username.equals("locked")) {
            throw new IllegalStateException("account locked: " + username);
        }
        return password.equals("secret");
    }

    @Override
    public CompletionStage<String> displayName(String username) {
        notes.forEach(note -> note.note("auth.display_name", username));
        return CompletableFuture.completedFuture(username.toUpperCase());
    }
}
