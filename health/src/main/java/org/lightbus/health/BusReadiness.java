package org.lightbus.health;

import jakarta.enterprise.context.Dependent;

import org.eclipse.microprofile.health.Readiness;
import org.lightbus.cdi.runtime.HealthReport;

/**
 * The readiness check {@value BusCheck#NAME}: up while the application is connected to the broker and each of its
 * listeners, incoming channels and servers consumes, with one entry per connection, listener and server.
 */
@Readiness
@Dependent
public class BusReadiness extends BusCheck {

    @Override
    boolean status(HealthReport report) {
        return report.ready();
    }
}
