package org.lightbus.tck.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lightbus.tck.app.BrokenListener;

/** A definition error fails the deployment, and the server reports Lightbus's message naming the listener. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class DeploymentErrorTest {

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = "broken", testable = false, managed = false)
    public static WebArchive broken() {
        return TckArchives.broken("tck-broken");
    }

    @Test
    public void aListenerOfANonEventFailsTheDeploymentWithItsMessage() {
        Throwable failure = catchThrowable(() -> deployer.deploy("broken"));
        deployer.undeploy("broken"); // a server may keep the failed archive

        assertThat(failure).as("the deployment of a broken application").isNotNull();
        // servers wrap the container's message differently: read the whole chain
        String messages = Stream.iterate(failure, t -> t != null, Throwable::getCause).map(Throwable::getMessage)
                .collect(Collectors.joining("\n"));
        assertThat(messages).contains("LBUS01001").contains(BrokenListener.class.getName() + "#on")
                .contains("which is not a @BusEvent");
    }
}
