package org.lightbus.tck.scenarios;

import java.util.Set;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lightbus.tck.support.Broker;
import org.lightbus.tck.support.BrokerCleanUp;

/**
 * Applications on the server in the service directory that {@code lightbus inspect} reads: {@code signup} serves its
 * API, {@code mailer} listens.
 */
@ExtendWith({ BrokerCleanUp.class, ArquillianExtension.class })
@RunAsClient
public class DirectoryTest {

    private static final Broker BROKER = new Broker();

    @Deployment(name = "signup", testable = false, order = 1)
    public static WebArchive signup() {
        BROKER.exchange("auth");
        BROKER.rpcQueue("auth");
        return TckArchives.signup(BROKER.namespace());
    }

    @Deployment(name = "mailer", testable = false, order = 2)
    public static WebArchive mailer() {
        BROKER.listenerQueue("mailer", "welcome-email");
        return TckArchives.mailer(BROKER.namespace());
    }

    @Test
    public void eachApplicationDescribesItselfAndRecordsItsStart() {
        DirectoryScenarios.describedOnTheBus(BROKER, "signup", Set.of(), Set.of("auth"));
        DirectoryScenarios.describedOnTheBus(BROKER, "mailer", Set.of("welcome-email"), Set.of());
    }
}
