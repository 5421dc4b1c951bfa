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

/** RPC between two deployments on one server: {@code mailer} calls what {@code signup} serves. */
@ExtendWith({ BrokerCleanUp.class, ArquillianExtension.class })
@RunAsClient
public class RpcTest {

    private static final Broker BROKER = new Broker();

    @ArquillianResource
    @OperateOnDeployment("mailer")
    URL mailer;

    @Deployment(name = "signup", testable = false, order = 1)
    public static WebArchive signup() {
        BROKER.exchange("auth");
        BROKER.rpcQueue("auth");
        BROKER.rpcQueue("reports");
        return TckArchives.signup(BROKER.namespace());
    }

    @Deployment(name = "mailer", testable = false, order = 2)
    public static WebArchive mailer() {
        BROKER.listenerQueue("mailer", "welcome-email");
        return TckArchives.mailer(BROKER.namespace());
    }

    @Test
    public void resultsComeBack() throws URISyntaxException {
        RpcScenarios.resultsComeBack(mailer.toURI());
    }

    @Test
    public void aFailureComesBackAsARemoteException() throws URISyntaxException {
        RpcScenarios.aFailureComesBackAsARemoteException(mailer.toURI());
    }

    @Test
    public void aCallNobodyServesTimesOut() throws URISyntaxException {
        RpcScenarios.aCallNobodyServesTimesOut(mailer.toURI());
    }
}
