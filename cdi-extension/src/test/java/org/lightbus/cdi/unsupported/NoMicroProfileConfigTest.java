package org.lightbus.cdi.unsupported;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.DeploymentException;

import org.jboss.weld.environment.se.Weld;
import org.junit.jupiter.api.Test;

/**
 * Runs without any MicroProfile Config implementation on the class path (a surefire execution of its own), as on a
 * server whose MicroProfile Config is off.
 */
class NoMicroProfileConfigTest {

    @ApplicationScoped
    static class SomeBean {
    }

    @Test
    void theDeploymentFailsWithOneMessageSayingWhatToEnable() {
        assertThatThrownBy(() -> new Weld("no-config").disableDiscovery().addBeanClass(SomeBean.class).initialize())
                .isInstanceOf(DeploymentException.class).hasMessageContaining("LBUS01032")
                .hasMessageContaining("no MicroProfile Config implementation answers")
                .hasMessageContaining("mpConfig-3.1").hasMessageContaining("microprofile-config-smallrye");
    }
}
