package org.lightbus.tck.app;

import java.io.IOException;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lightbus.api.Bus;
import org.lightbus.api.EventPublisher;

/**
 * {@code GET /signup?user=ada&mode=fire|async|publish}: fires {@link AuthApi.UserSignedUp} and answers once the broker
 * confirmed it.
 */
@WebServlet("/signup")
public class SignupServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Bus
    Event<AuthApi.UserSignedUp> signedUp;

    @Inject
    EventPublisher publisher;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getParameter("user");
        AuthApi.UserSignedUp event = new AuthApi.UserSignedUp(user, user + "@example.com");
        String mode = request.getParameter("mode") == null ? "fire" : request.getParameter("mode");
        try {
            switch (mode) {
            case "async" -> signedUp.fireAsync(event).toCompletableFuture().join();
            case "publish" -> publisher.publish(event).toCompletableFuture().join();
            default -> signedUp.fire(event);
            }
            response.getWriter().print("fired " + user);
        } catch (RuntimeException e) {
            response.setStatus(500);
            response.getWriter().print(e);
        }
    }
}
