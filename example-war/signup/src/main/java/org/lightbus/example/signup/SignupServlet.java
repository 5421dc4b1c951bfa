package org.lightbus.example.signup;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lightbus.api.PublishException;

/**
 * {@code POST /signup/accounts} with the form fields {@code username}, {@code email} and {@code password}: stores the
 * account and publishes {@code auth.user_signed_up} ({@link Signups}). Answers {@code 201} once the broker has
 * confirmed the event, {@code 409} if the username is taken, {@code 400} for a missing or malformed field, {@code 503}
 * if the broker did not confirm the event (then the account is not kept); the body says it in words.
 */
@WebServlet("/accounts")
public class SignupServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");

    @Inject
    Signups signups;

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
        try {
            if (!signups.signUp(username, email, password)) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                response.getWriter().print("The username " + username + " is taken.");
                return;
            }
        } catch (PublishException e) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.getWriter().print("The bus is not available, please try again: " + e.getMessage());
            return;
        }
        response.setStatus(HttpServletResponse.SC_CREATED);
        response.getWriter().print("Welcome, " + username + "!");
    }
}
