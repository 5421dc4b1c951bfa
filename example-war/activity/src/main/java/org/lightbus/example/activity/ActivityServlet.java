package org.lightbus.example.activity;

import java.io.IOException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lightbus.api.LightbusConfig;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code GET /activity}: the application's {@link Activity} as JSON,
 * {@code {"service":"images","entries":[{"time":"14:03:07.123","kind":"HANDLED","user":"ada","text":"..."}]}}.
 */
@WebServlet("/activity")
public class ActivityServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The answer.
     *
     * @param service
     *            the application's service name on the bus
     * @param entries
     *            what it did, oldest first
     */
    public record Report(String service, List<Activity.Entry> entries) {
    }

    @Inject
    Activity activity;

    @Inject
    @ConfigProperty(name = LightbusConfig.SERVICE_NAME)
    String service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(JSON.writeValueAsString(new Report(service, activity.entries())));
    }
}
