package org.lightbus.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lightbus.cdi.health.BusLiveness;
import org.lightbus.cdi.health.BusReadiness;

/** With the MicroProfile Health API on the class path, as here, the extension registers both checks. */
class HealthDiscoveryTest {

    @Test
    void theNamedChecksAreTheHealthChecks() {
        assertThat(HealthDiscovery.checks()).containsExactly(BusReadiness.class.getName(), BusLiveness.class.getName());
    }
}
