package org.lightbus.tck.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;

/**
 * The {@code mailer} role's RPC clients, in a bean as the README advises (not every server injects them into servlets).
 */
@ApplicationScoped
public class Caller {

    @Inject
    @Bus
    AuthApi auth;

    @Inject
    @Bus
    ReportsApi reports;

    Object call(String procedure, String user, String password) {
        return switch (procedure) {
        case "check_password" -> auth.checkPassword(user, password);
        case "display_name" -> auth.displayName(user).toCompletableFuture().join();
        default -> reports.monthly("2026-11");
        };
    }
}
