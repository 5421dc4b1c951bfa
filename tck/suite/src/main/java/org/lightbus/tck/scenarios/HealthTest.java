package org.lightbus.tck.scenarios;

import java.net.URI;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lightbus.tck.support.Broker;
import org.lightbus.tck.support.BrokerCleanUp;

/**
 * The bus's MicroProfile Health checks in the server's health endpoints (system property {@value #HEALTH_URL}):
 * {@code signup} serves its API, {@code mailer} listens.
 */
@ExtendWith({ BrokerCleanUp.class, ArquillianExtension.class })
@RunAsClient
public class HealthTest {

    /** System property: the server's MicroProfile Health endpoints, e.g. {@code http://localhost:9080/health/}. */
    public static final String HEALTH_URL = "lightbus.tck.health-url";

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
    public void eachApplicationIsReadyOnceConnectedWithEveryConsumerConsuming() {
        String url = System.getProperty(HEALTH_URL);
        if (url == null) {
            throw new IllegalStateException("Set the system property " + HEALTH_URL
                    + " to the server's MicroProfile Health endpoints, e.g. http://localhost:9080/health/");
        }
        URI health = URI.create(url);
        HealthScenarios.readyWithEveryConsumer(health, "signup",
                Map.of("connection", "up", "server auth", "consuming"));
        HealthScenarios.readyWithEveryConsumer(health, "mailer",
                Map.of("connection", "up", "listener welcome-email", "consuming"));
    }
}
