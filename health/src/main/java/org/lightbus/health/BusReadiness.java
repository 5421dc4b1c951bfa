package org.lightbus.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.lightbus.cdi.runtime.BusLifecycle;
import org.lightbus.cdi.runtime.HealthReport;

/**
 * The readiness check {@value HealthResponses#NAME}: up while the application is connected to the broker and each of
 * its listeners, incoming channels and servers consumes, with one entry per connection, listener and server.
 */
@Readiness
@ApplicationScoped
public class BusReadiness implements HealthCheck {

    @Inject
    BusLifecycle bus;

    @Override
    public HealthCheckResponse call() {
        HealthReport report = bus.health();
        return HealthResponses.of(report, report.ready());
    }
}
