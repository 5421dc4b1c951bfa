package org.lightbus.tck.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lightbus.devbroker.junit.RequiresRabbitMQ;
import org.lightbus.tck.app.RedeployMarker;
import org.lightbus.tck.support.Broker;
import org.lightbus.tck.support.BrokerCleanUp;
import org.lightbus.tck.support.ServerProcess;

/**
 * Deploying, using and undeploying an application again and again leaves nothing behind on the server or the broker: no
 * class loader, no thread, no consumer, no connection.
 */
@ExtendWith({ BrokerCleanUp.class, ArquillianExtension.class })
@RunAsClient
@RequiresRabbitMQ("rabbitmqctl list_consumers and list_connections")
public class RedeployTest {

    private static final int CYCLES = 5;
    /**
     * System property a runner sets where the server itself keeps undeployed class loaders (the count is printed, not
     * asserted): Open Liberty 26.0.0.3, see tck/README.md.
     */
    private static final Broker BROKER = new Broker();
    /** A service name of this test alone, so that its threads and connection are recognisable. */
    private static final String SERVICE = "cycled-" + UUID.randomUUID().toString().substring(0, 6);

    @ArquillianResource
    Deployer deployer;

    @ArquillianResource
    @OperateOnDeployment("signup")
    URL signup;

    @Deployment(name = "signup", testable = false, order = 1)
    public static WebArchive signup() {
        BROKER.exchange("auth");
        return TckArchives.signup(BROKER.namespace());
    }

    @Deployment(name = "cycled", testable = false, managed = false)
    public static WebArchive cycled() {
        return TckArchives.images("cycled", BROKER.namespace(), SERVICE).addClass(RedeployMarker.class);
    }

    @Test
    public void redeployingLeavesNoClassLoaderThreadConsumerOrConnectionBehind() throws URISyntaxException {
        String queue = BROKER.listenerQueue(SERVICE, "Images.resize");
        URI cycled = signup.toURI().resolve("../cycled/");
        ServerProcess server = ServerProcess.find();
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            deployer.deploy("cycled");
            String user = "cycle-" + cycle;
            Http.get(signup.toURI(), "signup", "user", user);
            await().atMost(EventScenarios.PATIENCE)
                    .until(() -> Http.received(cycled).stream().anyMatch(line -> line.contains("|" + user + "|")));
            // the method sees a deployed application (Open Liberty loads a WAR's classes in two loaders of its own)
            assertThat(server.loadersOf(RedeployMarker.class.getName())).as("class loaders while deployed")
                    .isNotEmpty();
            deployer.undeploy("cycled");
        }

        assertThat(Broker.consumers(queue)).as("consumers of " + queue).isZero();
        assertThat(Broker.connections("lightbus-" + SERVICE)).as("connections of " + SERVICE).isZero();
        try {
            awaitNothingLeft(server);
        } catch (AssertionError | RuntimeException e) {
            // -Dlightbus.tck.heap-dump=<file>: what holds a leaked class loader
            String dump = System.getProperty("lightbus.tck.heap-dump");
            if (dump != null) {
                server.heapDump(java.nio.file.Path.of(dump));
            }
            throw e;
        }
        System.out.printf(
                "RedeployTest: after %d deploy/undeploy cycles of %s: %d class loaders, %d threads, "
                        + "%d consumers, %d connections left%n",
                CYCLES, SERVICE, server.loadersOf(RedeployMarker.class.getName()).size(),
                server.threads("lightbus-" + SERVICE).size(), Broker.consumers(queue),
                Broker.connections("lightbus-" + SERVICE));
    }

    private static void awaitNothingLeft(ServerProcess server) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(server.threads("lightbus-" + SERVICE)).as("threads of " + SERVICE).isEmpty();
            assertThat(server.loadersOf(RedeployMarker.class.getName())).as("class loaders after %d cycles", CYCLES)
                    .isEmpty();
        });
    }
}
