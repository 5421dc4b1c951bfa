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
 * Reactive Messaging channels on the bus in a WAR that bundles SmallRye Reactive Messaging, on a server whose own
 * Reactive Messaging is off: {@code signup} with the {@code channels} role, and {@code images}.
 */
@ExtendWith({ BrokerCleanUp.class, ArquillianExtension.class })
@RunAsClient
public class ChannelsTest {

    private static final Broker BROKER = new Broker();

    @ArquillianResource
    @OperateOnDeployment("channels")
    URL channels;

    @ArquillianResource
    @OperateOnDeployment("images")
    URL images;

    @Deployment(name = "channels", testable = false, order = 1)
    public static WebArchive channels() {
        BROKER.exchange("auth");
        BROKER.listenerQueue("images", "Images.resize");
        BROKER.listenerQueue("signup", "tck-welcome");
        return TckArchives.channels(BROKER.namespace());
    }

    @Deployment(name = "images", testable = false, order = 2)
    public static WebArchive images() {
        return TckArchives.images("images", BROKER.namespace());
    }

    @Test
    public void reactiveMessagingChannelsAreListenersAndPublishersOnTheBus() throws URISyntaxException {
        EventScenarios.reactiveMessagingChannels(BROKER, channels.toURI(), List.of(channels.toURI()),
                List.of(images.toURI()), "signup");
    }
}
