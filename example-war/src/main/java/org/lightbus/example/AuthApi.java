package org.lightbus.example;

import java.net.URI;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

/**
 * The contract of the authentication service. In a real system it lives in a small jar shared by every application that
 * takes part.
 */
@BusApi("auth")
public interface AuthApi {

    /** A user has created an account. */
    @BusEvent
    record UserSignedUp(String username, String email, URI avatar) {
    }

    /**
     * Remote procedure {@code auth.is_username_taken}.
     *
     * @param username
     *            a wished-for username
     *
     * @return true if somebody has it already
     */
    boolean isUsernameTaken(String username);
}
