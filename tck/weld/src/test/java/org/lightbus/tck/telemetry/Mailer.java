package org.lightbus.tck.telemetry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;
import org.lightbus.api.Listener;
import org.lightbus.tck.contract.AuthApi;

import io.opentelemetry.api.OpenTelemetry;

/** A listener that makes a span of its own, and fails on every attempt for a user named {@code poison...}. */
@ApplicationScoped
public class Mailer {

    @Inject
    OpenTelemetry openTelemetry;

    void welcome(@Observes @Bus @Listener("welcome-email") AuthApi.UserSignedUp event) {
        openTelemetry.getTracer("mailer").spanBuilder("mail " + event.username()).startSpan().end();
        if (event.username().startsWith("poison")) {
            throw new IllegalStateException("the mail server refuses " + event.username());
        }
    }
}
