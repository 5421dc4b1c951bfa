package org.lightbus.benchmarks;

import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.opentelemetry.api.OpenTelemetry;

/** The application's {@code OpenTelemetry} bean, as MicroProfile Telemetry provides it: the benchmark's SDK. */
@ApplicationScoped
public class TracingBean {

    static volatile OpenTelemetry sdk;

    @Produces
    @ApplicationScoped
    OpenTelemetry openTelemetry() {
        return Objects.requireNonNull(sdk, "no SDK set");
    }
}
