package org.lightbus.tck.quarkus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lightbus.devbroker.junit.RequiresRabbitMQ;
import org.lightbus.tck.app.AuthApi;
import org.lightbus.tck.app.AuthService;
import org.lightbus.tck.app.Images;
import org.lightbus.tck.app.Received;
import org.lightbus.tck.app.ReceivedServlet;
import org.lightbus.tck.app.ReportsApi;
import org.lightbus.tck.app.SignupServlet;
import org.lightbus.tck.scenarios.Http;
import org.lightbus.tck.support.Broker;

import io.quarkus.test.QuarkusDevModeTest;

/**
 * {@code quarkus:dev}: a live reload stops the old application's listeners and closes its connection before the new
 * application starts its own, and the new one receives events.
 */
@RequiresRabbitMQ("rabbitmqctl list_consumers and list_connections")
class LiveReloadIT {

    /**
     * The test class is initialised once per class loader (JUnit's and the dev-mode application's): names chosen once
     * per JVM.
     */
    private static final String RUN = (String) System.getProperties().computeIfAbsent("lightbus.tck.live-reload-run",
            key -> UUID.randomUUID().toString().substring(0, 6));
    private static final String SERVICE = "devmode-" + RUN;
    private static final Broker BROKER = new Broker("tck-devmode-" + RUN);

    /** With the test kit on the class path, the application sends through the kit, and the kit through RabbitMQ. */
    @RegisterExtension
    static final QuarkusDevModeTest DEV = new QuarkusDevModeTest()
            .withApplicationRoot(jar -> jar
                    .addClasses(AuthApi.class, AuthApi.UserSignedUp.class, ReportsApi.class, AuthService.class,
                            SignupServlet.class, Images.class, Received.class, ReceivedServlet.class)
                    .addAsResource(
                            new StringAsset("lightbus.service-name=" + SERVICE + "\nlightbus.namespace="
                                    + BROKER.namespace() + "\nlightbus.testing.broker=rabbitmq\n"),
                            "application.properties"));

    @AfterAll
    static void deleteQueues() throws Exception {
        BROKER.close();
    }

    @Test
    void aLiveReloadLeavesOneConsumerAndOneConnection() {
        URI app = URI.create("http://localhost:8080/");
        String queue = BROKER.listenerQueue(SERVICE, "Images.resize");
        BROKER.exchange("auth");
        BROKER.rpcQueue("auth");
        signUpAndAwait(app, "before-reload");

        DEV.modifySourceFile(ReceivedServlet.class, source -> source.replace("\"text/plain\"", "\"text/plain;v=2\""));
        signUpAndAwait(app, "after-reload"); // the first request after the change reloads the application

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(Broker.consumers(queue)).as("consumers of " + queue).isOne();
            assertThat(Broker.connections("lightbus-" + SERVICE)).as("connections of " + SERVICE).isOne();
        });
    }

    private static void signUpAndAwait(URI app, String user) {
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> Http.get(app, "signup", "user", user).startsWith("fired"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Http.received(app).stream().anyMatch(line -> line.contains("|" + user + "|")));
    }
}
