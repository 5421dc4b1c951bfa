package org.lightbus.tck.app;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /traced/call?procedure=check_password|display_name&user=ada}: calls the procedure through {@link Caller}
 * in a span it starts, and answers the line of that span, {@code caller|ada|<trace id>|<span id>} (see {@link Traces}).
 */
@WebServlet("/traced/call")
public class TracedCallerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    Traces traces;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getParameter("user");
        response.getWriter().print(
                traces.inSpan("caller", user, () -> caller.call(request.getParameter("procedure"), user, "secret")));
    }
}
