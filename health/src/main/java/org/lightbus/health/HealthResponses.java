package org.lightbus.health;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.lightbus.cdi.runtime.HealthReport;

/** Turns the bus's {@link HealthReport} into the response of a check named {@value #NAME}. */
final class HealthResponses {

    /** The name of both checks. */
    static final String NAME = "lightbus";

    private HealthResponses() {
    }

    static HealthCheckResponse of(HealthReport report, boolean up) {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(NAME).status(up);
        report.details().forEach(builder::withData);
        return builder.build();
    }

    /**
     * @return the answer of a check whose application has stopped: up, saying so. WildFly keeps the checks of a
     *         deployment that failed after it had collected them (a Lightbus definition error, for one), and a check
     *         that failed would hold the server's readiness down until it restarts.
     */
    static HealthCheckResponse stopped() {
        return HealthCheckResponse.named(NAME).up().withData("application", "stopped").build();
    }
}
