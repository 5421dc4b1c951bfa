package org.lightbus.health;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.lightbus.cdi.runtime.BusLifecycle;
import org.lightbus.cdi.runtime.HealthReport;

/**
 * A check named {@value #NAME} with the entries of the bus's {@link HealthReport}; the subclass says which part of the
 * report decides its status.
 *
 * <p>
 * Dependent, without a client proxy, and with its answer for a stopped application built in advance: WildFly keeps the
 * checks of a deployment that failed after it had collected them (a Lightbus definition error, for one), calls them
 * when its classes may no longer load, and a check that failed would hold the server's readiness down until it
 * restarts. Such a check answers up, with {@code application: stopped}.
 */
abstract class BusCheck implements HealthCheck {

    /** The name of both checks. */
    static final String NAME = "lightbus";

    @Inject
    BusLifecycle bus;

    private HealthCheckResponse stopped;

    @PostConstruct
    void prepare() {
        stopped = HealthCheckResponse.named(NAME).up().withData("application", "stopped").build();
    }

    /**
     * @return whether the check is up, given the report
     */
    abstract boolean status(HealthReport report);

    @Override
    public HealthCheckResponse call() {
        try {
            HealthReport report = bus.health();
            HealthCheckResponseBuilder builder = HealthCheckResponse.named(NAME).status(status(report));
            report.details().forEach(builder::withData);
            return builder.build();
        } catch (IllegalStateException | LinkageError e) { // the application's container has stopped
            return stopped;
        }
    }
}
