package org.lightbus.tck.app;

import java.util.concurrent.CompletionStage;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

/** The contract of the {@code signup} role. */
@BusApi("auth")
public interface AuthApi {

    /** Event {@code auth.user_signed_up}. */
    @BusEvent
    record UserSignedUp(String username, String email) {
    }

    /** Fails for the user {@code locked}, as a remote exception. */
    boolean checkPassword(String username, String password);

    CompletionStage<String> displayName(String username);
}
