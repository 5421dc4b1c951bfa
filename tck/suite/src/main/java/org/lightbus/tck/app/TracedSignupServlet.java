package org.lightbus.tck.app;

import java.io.IOException;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lightbus.api.Bus;

/**
 * {@code GET /traced/signup?user=ada}: fires {@link AuthApi.UserSignedUp} with {@code fire()} in a span it starts, and
 * answers the line of that span, {@code signup|ada|<trace id>|<span id>} (see {@link Traces}).
 */
@WebServlet("/traced/signup")
public class TracedSignupServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Bus
    Event<AuthApi.UserSignedUp> signedUp;

    @Inject
    Traces traces;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getParameter("user");
        response.getWriter().print(traces.inSpan("signup", user, () -> {
            signedUp.fire(new AuthApi.UserSignedUp(user, user + "@example.com"));
            return user;
        }));
    }
}
