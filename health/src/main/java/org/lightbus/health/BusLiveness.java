package org.lightbus.health;

import jakarta.enterprise.context.Dependent;

import org.eclipse.microprofile.health.Liveness;
import org.lightbus.cdi.runtime.HealthReport;

/**
 * The liveness check {@value BusCheck#NAME}: up while the bus runs, also through a broker outage, which restarting the
 * application would not end; its entries say how the connection and the consumers are.
 */
@Liveness
@Dependent
public class BusLiveness extends BusCheck {

    @Override
    boolean status(HealthReport report) {
        return report.live();
    }
}
