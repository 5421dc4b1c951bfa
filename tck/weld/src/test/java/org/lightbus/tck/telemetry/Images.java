package org.lightbus.tck.telemetry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;
import org.lightbus.tck.contract.AuthApi;

import io.opentelemetry.api.OpenTelemetry;

/** A listener whose code makes a span of its own, which must be a child of the delivery's span. */
@ApplicationScoped
public class Images {

    @Inject
    OpenTelemetry openTelemetry;

    void resizeAvatar(@Observes @Bus AuthApi.UserSignedUp event) {
        openTelemetry.getTracer("images").spanBuilder("resize " + event.username()).startSpan().end();
    }
}
