package org.lightbus.tck.contract;

import java.net.URI;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

/**
 * The contract the TCK's applications share, as in the seed's sign-up example.
 */
@BusApi("auth")
public interface AuthApi {

    @BusEvent
    record UserSignedUp(String username, String email, URI avatar) {

        public static UserSignedUp of(String username) {
            return new UserSignedUp(username, username + "@example.com", URI.create("https://example.com/" + username));
        }
    }
}
