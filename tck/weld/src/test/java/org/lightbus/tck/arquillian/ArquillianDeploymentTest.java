package org.lightbus.tck.arquillian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lightbus.tck.contract.AuthApi;
import org.lightbus.tck.support.Broker;

/**
 * A deployment, as a runtime deploys it through Arquillian (Weld embedded here): its listener receives the events it
 * fires through the broker, with the metadata of the event.
 */
@ExtendWith(ArquillianExtension.class)
class ArquillianDeploymentTest {

    private static final Broker BROKER = new Broker();

    @Inject
    Signup signup;

    @Inject
    Mailer mailer;

    @Deployment
    static JavaArchive deployment() {
        // the runtime's own MicroProfile Config, as a server provides it: here system properties
        System.setProperty("lightbus.service-name", "arquillian-app");
        System.setProperty("lightbus.namespace", BROKER.namespace());
        System.setProperty("lightbus.owned-apis", "auth");
        BROKER.exchange("auth");
        BROKER.listenerQueue("arquillian-app", "Mailer.welcome");
        return ShrinkWrap.create(JavaArchive.class)
                .addClasses(Signup.class, Mailer.class, AuthApi.class, AuthApi.UserSignedUp.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @AfterAll
    static void cleanUp() throws Exception {
        System.clearProperty("lightbus.service-name");
        System.clearProperty("lightbus.namespace");
        System.clearProperty("lightbus.owned-apis");
        BROKER.close();
    }

    @Test
    void aDeployedListenerReceivesTheEventsItsApplicationFires() {
        signup.signUp("ada");

        await().atMost(Duration.ofSeconds(10)).until(() -> !mailer.welcomed().isEmpty());
        assertThat(mailer.welcomed()).containsExactly("ada from arquillian-app");
    }
}
