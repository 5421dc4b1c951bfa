package org.lightbus.tck.telemetry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.opentelemetry.api.OpenTelemetry;

/** The application's {@code OpenTelemetry} bean, as MicroProfile Telemetry provides it: the test's SDK. */
@ApplicationScoped
public class OpenTelemetryBean {

    @Produces
    @ApplicationScoped
    OpenTelemetry openTelemetry() {
        return InMemoryTelemetry.current();
    }
}
