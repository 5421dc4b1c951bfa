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
 * Events across four deployments on one server: {@code signup}, two instances of {@code images} (one service, two WARs)
 * and {@code mailer}.
 */
@ExtendWith({ BrokerCleanUp.class, ArquillianExtension.class })
@RunAsClient
public class EventsTest {

    private static final Broker BROKER = new Broker();

    @ArquillianResource
    @OperateOnDeployment("signup")
    URL signup;

    @ArquillianResource
    @OperateOnDeployment("images-1")
    URL images1;

    @ArquillianResource
    @OperateOnDeployment("images-2")
    URL images2;

    @ArquillianResource
    @OperateOnDeployment("mailer")
    URL mailer;

    @Deployment(name = "signup", testable = false, order = 1)
    public static WebArchive signup() {
        BROKER.exchange("auth");
        BROKER.listenerQueue("images", "Images.resize");
        return TckArchives.signup(BROKER.namespace());
    }

    @Deployment(name = "images-1", testable = false, order = 2)
    public static WebArchive images1() {
        return TckArchives.images("images-1", BROKER.namespace());
    }

    @Deployment(name = "images-2", testable = false, order = 3)
    public static WebArchive images2() {
        return TckArchives.images("images-2", BROKER.namespace());
    }

    @Deployment(name = "mailer", testable = false, order = 4)
    public static WebArchive mailer() {
        BROKER.listenerQueue("mailer", "welcome-email");
        return TckArchives.mailer(BROKER.namespace());
    }

    @Test
    public void everyServiceGetsEachEventOnceAndInstancesCompete() throws URISyntaxException {
        EventScenarios.fanOutAndCompetingConsumers(signup.toURI(), List.of(images1.toURI(), images2.toURI()),
                List.of(mailer.toURI()));
    }

    @Test
    public void aFailingListenerIsRetriedThenDeadLettered() throws URISyntaxException {
        EventScenarios.retryThenDeadLetter(BROKER, signup.toURI(), List.of(mailer.toURI()), "mailer");
    }

}
