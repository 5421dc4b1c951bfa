package org.lightbus.tck.app;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /received}: the lines of {@link Received}, one per line. */
@WebServlet("/received")
public class ReceivedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Received received;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().print(String.join("\n", received.lines()));
    }
}
