package org.lightbus.tck.app;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lightbus.api.RemoteCallException;
import org.lightbus.api.RpcTimeoutException;

/**
 * {@code GET /call?procedure=check_password|display_name|monthly&user=..&password=..}: calls through the {@code @Bus}
 * clients of {@link Caller}; answers {@code result <value>}, or {@code remote <code> <remote type> <message>}, or
 * {@code timeout <api>.<procedure>}.
 */
@WebServlet("/call")
public class CallerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getParameter("user");
        try {
            Object result = caller.call(request.getParameter("procedure"), user, request.getParameter("password"));
            response.getWriter().print("result " + result);
        } catch (RemoteCallException e) {
            response.getWriter().print("remote " + e.remoteCode() + " " + e.remoteType() + " " + e.remoteMessage());
        } catch (RpcTimeoutException e) {
            response.getWriter().print("timeout " + e.api() + "." + e.procedure());
        }
    }
}
