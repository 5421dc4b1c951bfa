package org.lightbus.example.signup;

import java.io.IOException;
import java.net.URI;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lightbus.api.Bus;
import org.lightbus.api.PublishException;
import org.lightbus.example.activity.Activity;
import org.lightbus.example.contract.AuthApi;

/**
 * {@code POST /signup/accounts} with the form fields {@code username}, {@code email} and {@code password}: stores the
 * account and publishes {@link AuthApi.UserSignedUp}. Answers {@code 201} once the broker has confirmed the event,
 * {@code 409} if the username is taken, {@code 400} for a missing or malformed field, {@code 503} if the broker did not
 * confirm the event (then the account is not kept); the body says it in words.
 */
@WebServlet("/accounts")
public class SignupServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");

    @Inject
    @Bus
    Event<AuthApi.UserSignedUp> signedUp;

    @Inject
    Accounts accounts;

    @Inject
    Activity activity;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("username");
        String email = request.getParameter("email");
        String password = request.getParameter("password");
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        if (username == null || !USERNAME.matcher(username).matches() || email == null || !email.contains("@")
                || password == null || password.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().print("A username (a-z, 0-9, '.', '_', '-'), a mail address and a password, please.");
            return;
        }
        if (!accounts.create(username, email, password)) {
            activity.record(Activity.Kind.REFUSED, username, "refused " + username + ": the username is taken");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            response.getWriter().print("The username " + username + " is taken.");
            return;
        }
        try {
            // returns once the broker has confirmed the event; who reacts to it is none of this application's business
            signedUp.fire(
                    new AuthApi.UserSignedUp(username, email, URI.create("https://avatars.example.com/" + username)));
        } catch (PublishException e) {
            accounts.delete(username); // nobody heard of the account: let the user try again
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.getWriter().print("The bus is not available, please try again: " + e.getMessage());
            return;
        }
        activity.record(Activity.Kind.SIGNED_UP, username,
                "stored the account of " + username + " and published auth.user_signed_up");
        response.setStatus(HttpServletResponse.SC_CREATED);
        response.getWriter().print("Welcome, " + username + "!");
    }
}
