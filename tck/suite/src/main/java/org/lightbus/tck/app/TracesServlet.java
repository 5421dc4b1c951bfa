package org.lightbus.tck.app;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /traces}: the lines of {@link Traces}, one per line. */
@WebServlet("/traces")
public class TracesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Traces traces;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().print(String.join("\n", traces.lines()));
    }
}
