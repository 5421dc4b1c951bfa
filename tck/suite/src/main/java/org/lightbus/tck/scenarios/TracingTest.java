package org.lightbus.tck.scenarios;

import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;

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
 * OpenTelemetry traces across three deployments with the server's MicroProfile Telemetry on: {@code signup} fires and
 * serves, {@code images} listens, {@code mailer} listens and calls. Each WAR turns the SDK on in its configuration and
 * bundles no OpenTelemetry jar: the server must make the API visible to applications.
 */
@ExtendWith({ BrokerCleanUp.class, ArquillianExtension.class })
@RunAsClient
public class TracingTest {

    private static final Broker BROKER = new Broker();

    @ArquillianResource
    @OperateOnDeployment("signup")
    URL signup;

    @ArquillianResource
    @OperateOnDeployment("images")
    URL images;

    @ArquillianResource
    @OperateOnDeployment("mailer")
    URL mailer;

    @Deployment(name = "signup", testable = false, order = 1)
    public static WebArchive signup() {
        BROKER.exchange("auth");
        BROKER.rpcQueue("auth");
        BROKER.listenerQueue("images", "Images.resize");
        return TckArchives.tracedSignup(BROKER.namespace());
    }

    @Deployment(name = "images", testable = false, order = 2)
    public static WebArchive images() {
        return TckArchives.tracedImages(BROKER.namespace());
    }

    @Deployment(name = "mailer", testable = false, order = 3)
    public static WebArchive mailer() {
        BROKER.listenerQueue("mailer", "welcome-email");
        return TckArchives.tracedMailer(BROKER.namespace());
    }

    @Test
    public void listenersRunInTheSendersTrace() throws URISyntaxException {
        TracingScenarios.listenersRunInTheSendersTrace(signup.toURI(), List.of(images.toURI()),
                List.of(mailer.toURI()));
    }

    @Test
    public void proceduresRunInTheCallersTrace() throws URISyntaxException {
        TracingScenarios.proceduresRunInTheCallersTrace(mailer.toURI(), List.of(signup.toURI()));
    }
}
