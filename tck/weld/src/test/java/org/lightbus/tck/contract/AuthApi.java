package org.lightbus.tck.contract;

import java.net.URI;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

/**
 * The contract the TCK's applications share, as in the seed's sign-up example: an event and remote procedures.
 */
@BusApi("auth")
public interface AuthApi {

    @BusEvent
    record UserSignedUp(String username, String email, URI avatar) {

        public static UserSignedUp of(String username) {
            return new UserSignedUp(username, username + "@example.com", URI.create("https://example.com/" + username));
        }
    }

    record Profile(String username, String displayName, Instant since) {
    }

    /** True for the password "secret"; an empty username is an IllegalArgumentException on the server. */
    boolean checkPassword(String username, String password);

    /** The profile of a user, asynchronously. */
    CompletionStage<Profile> profile(String username);

    /** Returns its argument after working for the given time, naming the server that did it. */
    Work work(String payload, long millis);

    record Work(String payload, String server) {
    }
}
