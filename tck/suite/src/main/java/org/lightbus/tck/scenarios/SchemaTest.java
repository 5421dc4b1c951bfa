package org.lightbus.tck.scenarios;

import java.net.URISyntaxException;
import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lightbus.tck.support.Broker;
import org.lightbus.tck.support.BrokerCleanUp;

/**
 * Contracts across deployments on one server: {@code signup} owns {@code auth} and publishes its schema, {@code images}
 * validates what it receives against it, and {@code outdated}, built against another contract, is told so when it
 * starts. (That strict validation then fails the start is shown on Weld and Quarkus: a server reports a start that
 * fails after deployment only as a timeout.)
 */
@ExtendWith({ BrokerCleanUp.class, ArquillianExtension.class })
@RunAsClient
public class SchemaTest {

    private static final Broker BROKER = new Broker();

    @ArquillianResource
    @OperateOnDeployment("outdated")
    URL outdated;

    @Deployment(name = "signup", testable = false, order = 1)
    public static WebArchive signup() {
        BROKER.exchange("auth");
        BROKER.listenerQueue("images", "Images.resize");
        BROKER.listenerQueue("outdated", "OutdatedListener.on");
        return TckArchives.signup(BROKER.namespace());
    }

    @Deployment(name = "images-1", testable = false, order = 2)
    public static WebArchive images() {
        return TckArchives.images("images-1", BROKER.namespace());
    }

    @Deployment(name = "outdated", testable = false, order = 3)
    public static WebArchive outdated() {
        return TckArchives.outdated(BROKER.namespace());
    }

    @Test
    public void theOwnerPublishesItsSchema() throws Exception {
        SchemaScenarios.theOwnerPublishesItsSchema(BROKER);
    }

    @Test
    public void aListenerDeadLettersAnEventThatDoesNotMatchThePublishedSchema() {
        SchemaScenarios.anInvalidEventIsDeadLetteredWithTheFieldPath(BROKER, "images");
    }

    @Test
    public void anIncompatibleContractIsReportedAtDeployment() throws URISyntaxException {
        SchemaScenarios.anIncompatibleContractIsReportedAtDeployment(outdated.toURI());
    }
}
