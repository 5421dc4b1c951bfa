package org.lightbus.tck.cdi3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.DefinitionException;

import org.jboss.weld.environment.se.Weld;
import org.junit.jupiter.api.Test;

/**
 * A CDI 3.0 container ignores build compatible extensions; Lightbus must not be silently absent there. The test classes
 * are a bean archive, as an application's WAR is.
 */
class Cdi30ContainerTest {

    @ApplicationScoped
    static class Mailer {
    }

    @Test
    void theContainerIsOlderThanCdi40() {
        assertThat(BeanManager.class.getMethods()).as("CDI 3.0 on the class path")
                .noneMatch(method -> method.getName().equals("getBeanContainer"));
    }

    @Test
    void theDeploymentFailsWithOneMessageNamingWhatIsSupported() {
        assertThatThrownBy(() -> new Weld("cdi3").initialize()).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("LBUS01031")
                .hasMessageContaining("Lightbus needs CDI 4.0 (Jakarta EE 10) or newer")
                .hasMessageContaining("Open Liberty with the cdi-4.0 feature");
    }
}
