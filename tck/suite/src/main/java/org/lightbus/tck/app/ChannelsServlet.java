package org.lightbus.tck.app;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /announce?user=ada}: sends {@link AuthApi.UserSignedUp} on the {@code channels} role's outgoing channel
 * and answers once the broker confirmed it.
 */
@WebServlet("/announce")
public class ChannelsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Channels channels;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getParameter("user");
        try {
            channels.announce(user).toCompletableFuture().get(60, TimeUnit.SECONDS);
            response.getWriter().print("announced " + user);
        } catch (ExecutionException | TimeoutException e) {
            response.setStatus(500);
            response.getWriter().print(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.setStatus(500);
        }
    }
}
