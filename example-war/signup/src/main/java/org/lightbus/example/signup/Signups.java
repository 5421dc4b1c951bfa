package org.lightbus.example.signup;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;
import org.lightbus.api.PublishException;
import org.lightbus.example.activity.Activity;
import org.lightbus.example.contract.AuthApi;

/**
 * Signs users up: stores the account and announces it on the bus with {@link AuthApi.UserSignedUp}. Who reacts to the
 * event is none of this application's business.
 */
@ApplicationScoped
public class Signups {

    @Inject
    @Bus
    Event<AuthApi.UserSignedUp> signedUp;

    @Inject
    Accounts accounts;

    @Inject
    Activity activity;

    /**
     * @return false if the username is taken: nothing is stored or published then
     *
     * @throws PublishException
     *             if the broker did not confirm the event; the account is not kept, so the user can try again
     */
    public boolean signUp(String username, String email, String password) {
        if (!accounts.create(username, email, password)) {
            activity.record(Activity.Kind.REFUSED, username, "refused " + username + ": the username is taken");
            return false;
        }
        try {
            // returns once the broker has confirmed the event
            signedUp.fire(
                    new AuthApi.UserSignedUp(username, email, URI.create("https://avatars.example.com/" + username)));
        } catch (PublishException e) {
            accounts.delete(username); // nobody heard of the account
            throw e;
        }
        activity.record(Activity.Kind.SIGNED_UP, username,
                "stored the account of " + username + " and published auth.user_signed_up");
        return true;
    }
}
