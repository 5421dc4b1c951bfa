package org.lightbus.cdi;

import java.util.List;

/**
 * The health part of {@link LightbusExtension}: the bus's MicroProfile Health checks are beans only where the
 * application sees the MicroProfile Health API. Their classes are named, not referred to, so that loading this class
 * does not need that API.
 */
final class HealthDiscovery {

    private static final String HEALTH_CHECK = "org.eclipse.microprofile.health.HealthCheck";
    private static final List<String> CHECKS = List.of("org.lightbus.cdi.health.BusReadiness",
            "org.lightbus.cdi.health.BusLiveness");

    private HealthDiscovery() {
    }

    /**
     * @return the class names of the checks to register: none without the MicroProfile Health API
     */
    static List<String> checks() {
        try {
            Class.forName(HEALTH_CHECK, false, HealthDiscovery.class.getClassLoader());
            return CHECKS;
        } catch (ClassNotFoundException | LinkageError e) {
            return List.of();
        }
    }
}
