package org.lightbus.health;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.lightbus.cdi.runtime.BusLifecycle;
import org.lightbus.cdi.runtime.HealthReport;

/**
 * The liveness check {@value HealthResponses#NAME}: up while the bus runs, also through a broker outage, which
 * restarting the application would not end; its entries say how the connection and the consumers are.
 */
@Liveness
@Dependent // no client proxy: a server that keeps the check of a failed deployment gets an answer
public class BusLiveness implements HealthCheck {

    @Inject
    BusLifecycle bus;

    /** Built while the application runs: once it has stopped, its classes may no longer load. */
    private HealthCheckResponse stopped;

    @PostConstruct
    void prepare() {
        stopped = HealthResponses.stopped();
    }

    @Override
    public HealthCheckResponse call() {
        try {
            HealthReport report = bus.health();
            return HealthResponses.of(report, report.live());
        } catch (IllegalStateException | LinkageError e) { // the application's container has stopped
            return stopped;
        }
    }
}
