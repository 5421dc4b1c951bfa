package org.lightbus.cdi.deployment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import jakarta.enterprise.inject.spi.DeploymentException;

import org.assertj.core.api.AbstractThrowableAssert;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.lightbus.cdi.testkit.TestConfig;

/**
 * Starts a Weld SE container with the Lightbus extension and the given beans, expecting the deployment to fail.
 */
final class Deployments {

    private Deployments() {
    }

    /**
     * @param beanClasses
     *            the application's beans
     *
     * @return an assertion on the deployment error, already checked to be a {@link DeploymentException}
     */
    static AbstractThrowableAssert<?, ? extends Throwable> assertDeploymentFails(Class<?>... beanClasses) {
        return assertStartFails(beanClasses).isInstanceOf(DeploymentException.class);
    }

    /**
     * For the problems found when the bus binds listeners to beans, as the container starts, after its own validation.
     *
     * @return an assertion on the exception that stopped the container's start
     */
    static AbstractThrowableAssert<?, ? extends Throwable> assertStartFails(Class<?>... beanClasses) {
        return assertThatThrownBy(() -> {
            Weld weld = new Weld("deployment-" + UUID.randomUUID()).disableDiscovery().addBeanClasses(beanClasses)
                    .addBeanClass(TestConfig.class);
            try (WeldContainer container = weld.initialize()) {
                // the start should have failed
            }
        });
    }
}
