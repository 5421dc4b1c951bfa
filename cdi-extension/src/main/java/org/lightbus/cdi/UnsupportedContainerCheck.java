package org.lightbus.cdi;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;

import org.lightbus.cdi.model.DefinitionErrors;

/**
 * A portable extension that only fails the deployment, with one clear message, on a container older than CDI 4.0: such
 * containers ignore {@link LightbusExtension}, so without this check the bus would silently not exist. It uses nothing
 * newer than CDI 3.0 (Jakarta EE 9). On CDI 4.0 containers it does nothing; Quarkus ignores portable extensions.
 */
public class UnsupportedContainerCheck implements Extension {

    void checkCdiVersion(@Observes AfterBeanDiscovery event) {
        if (!RequiredPlatform.hasCdi40()) {
            event.addDefinitionError(
                    new DeploymentException(DefinitionErrors.MESSAGES.cdiTooOld(RequiredPlatform.CDI_4_0_CLASS)));
        }
    }
}
