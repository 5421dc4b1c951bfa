package org.lightbus.tck.quarkus;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lightbus.tck.scenarios.DirectoryScenarios;
import org.lightbus.tck.scenarios.EventScenarios;
import org.lightbus.tck.scenarios.HealthScenarios;
import org.lightbus.tck.scenarios.RpcScenarios;
import org.lightbus.tck.scenarios.SchemaScenarios;
import org.lightbus.tck.scenarios.TracingScenarios;
import org.lightbus.tck.support.Broker;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The TCK's event and RPC scenarios on Quarkus: every role in one application (service {@code signup}), running as a
 * {@code @QuarkusTest} and, from the production jar, as a second instance of the same service.
 */
@QuarkusTest
@QuarkusTestResource(value = TckNamespace.class, restrictToAnnotatedClass = true)
class QuarkusTckIT {

    private static Broker broker;
    private static ProductionInstance production;

    @TestHTTPResource("/")
    URL application;

    @BeforeAll
    static void startSecondInstance() throws IOException {
        // its queues are deleted by TckNamespace once the application has stopped, not by closing this client
        broker = new Broker(TckNamespace.namespace());
        production = ProductionInstance.start(TckNamespace.namespace(), 18181);
    }

    @AfterAll
    static void stopSecondInstance() throws InterruptedException {
        production.close();
    }

    @Test
    void everyServiceGetsEachEventOnceAndInstancesCompete() throws URISyntaxException {
        List<URI> instances = List.of(application.toURI(), production.url());
        EventScenarios.fanOutAndCompetingConsumers(application.toURI(), instances, instances);
    }

    @Test
    void aFailingListenerIsRetriedThenDeadLettered() throws URISyntaxException {
        EventScenarios.retryThenDeadLetter(broker, application.toURI(), List.of(application.toURI(), production.url()),
                "signup");
    }

    @Test
    void reactiveMessagingChannelsAreListenersAndPublishersOnTheBus() throws URISyntaxException {
        List<URI> instances = List.of(application.toURI(), production.url());
        EventScenarios.reactiveMessagingChannels(broker, application.toURI(), instances, instances, "signup");
    }

    @Test
    void theHealthChecksReportEveryConsumer() throws URISyntaxException {
        HealthScenarios.readyWithEveryConsumer(application.toURI().resolve("/q/health/"), "signup",
                Map.of("connection", "up", "listener Images.resize", "consuming", "listener tck-welcome", "consuming",
                        "server auth", "consuming"));
    }

    @Test
    void theApplicationDescribesItselfInTheServiceDirectory() {
        DirectoryScenarios.describedOnTheBus(broker, "signup", Set.of("Images.resize", "tck-welcome"), Set.of("auth"));
    }

    @Test
    void theTraceRunsFromTheSenderThroughListenersAndProcedures() throws URISyntaxException {
        List<URI> instances = List.of(application.toURI(), production.url());
        TracingScenarios.listenersRunInTheSendersTrace(application.toURI(), instances, instances);
        TracingScenarios.proceduresRunInTheCallersTrace(application.toURI(), instances);
    }

    @Test
    void theOwnerPublishesItsSchema() throws Exception {
        SchemaScenarios.theOwnerPublishesItsSchema(broker);
    }

    @Test
    void anEventThatDoesNotMatchTheSchemaIsDeadLetteredWithTheFieldPath() {
        SchemaScenarios.anInvalidEventIsDeadLetteredWithTheFieldPath(broker, "signup");
    }

    @Test
    void aContractThatDiffersFromOneAnOwnerPublishesLaterIsReportedWithItsPath() throws Exception {
        try (SchemaOwner reports = SchemaOwner.start(TckNamespace.namespace(), "reports")) {
            SchemaScenarios.aContractThatDiffersFromThePublishedOneIsReported(application.toURI(), "reports",
                    "result of monthly $: type change: published integer, local string");
        }
    }

    @Test
    void rpcResultsComeBack() throws URISyntaxException {
        RpcScenarios.resultsComeBack(application.toURI());
    }

    @Test
    void anRpcFailureComesBackAsARemoteException() throws URISyntaxException {
        RpcScenarios.aFailureComesBackAsARemoteException(application.toURI());
    }

    @Test
    void anRpcCallNobodyServesTimesOut() throws URISyntaxException {
        RpcScenarios.aCallNobodyServesTimesOut(application.toURI());
    }
}
