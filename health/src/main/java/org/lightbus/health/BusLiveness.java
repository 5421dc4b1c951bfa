package org.lightbus.health;

import jakarta.enterprise.context.ApplicationScoped;
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
@ApplicationScoped
public class BusLiveness implements HealthCheck {

    @Inject
    BusLifecycle bus;

    @Override
    public HealthCheckResponse call() {
        HealthReport report = bus.health();
        return HealthResponses.of(report, report.live());
    }
}
