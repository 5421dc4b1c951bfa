package org.lightbus.testing.contract;

import java.net.URI;
import java.util.concurrent.CompletionStage;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

/** The API of the sign-up example, as a contract jar shares it. */
@BusApi("auth")
public interface AuthApi {

    @BusEvent
    record UserSignedUp(String username, String email, URI avatar) {
    }

    record Profile(String username, String email, int logins) {
    }

    boolean checkPassword(String username, String password);

    CompletionStage<Profile> profile(String username);
}
