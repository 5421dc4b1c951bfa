package org.lightbus.tck.app;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lightbus.api.BusSchemas;

/**
 * {@code GET /contract?api=auth}: how the application's contract of the API differs from the published schema, one
 * difference per line; empty when they match.
 */
@WebServlet("/contract")
public class ContractServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    BusSchemas schemas;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().print(String.join("\n", schemas.incompatibilities(request.getParameter("api"))));
    }
}
