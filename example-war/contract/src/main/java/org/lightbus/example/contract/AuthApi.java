package org.lightbus.example.contract;

import java.net.URI;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

/**
 * The {@code auth} API, owned by the {@code signup} application: the event it publishes when a user signs up, and the
 * procedures it serves. This interface is the shared contract jar: every application that takes part depends on it, and
 * on nothing else of the others.
 *
 * <pre>
 * &#64;Inject &#64;Bus Event&lt;AuthApi.UserSignedUp&gt; signedUp;     // signup publishes
 * void resizeAvatar(&#64;Observes &#64;Bus AuthApi.UserSignedUp user) // images and mailer listen
 * &#64;Inject &#64;Bus AuthApi auth;                                  // mailer calls
 * </pre>
 */
@BusApi("auth")
public interface AuthApi {

    /**
     * Event {@code auth.user_signed_up}: a user has created an account, which is stored.
     *
     * @param username
     *            the new user's name
     * @param email
     *            the user's mail address
     * @param avatar
     *            where the user's picture is
     */
    @BusEvent
    record UserSignedUp(String username, String email, URI avatar) {
    }

    /**
     * Remote procedure {@code auth.check_password}.
     *
     * @param username
     *            a username
     * @param password
     *            a password to check
     *
     * @return true if the user exists and this is the password
     */
    boolean checkPassword(String username, String password);

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
