package org.lightbus.devbroker.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.lightbus.devbroker.DevBroker;

class TestBrokerSessionTest {

    @AfterEach
    void clear() {
        System.clearProperty(TestBrokerSession.MODE);
        System.clearProperty(TestBrokerSession.PORT);
        System.clearProperty(TestBrokerSession.SKIPPED_REPORT);
    }

    @Test
    void standingInForAMissingRabbitMqItAddsTheSkippedTestsToTheBuildsList(@TempDir Path build) throws IOException {
        Path collected = build.resolve("tests-skipped-without-rabbitmq.txt");
        System.setProperty(TestBrokerSession.MODE, "auto");
        System.setProperty(TestBrokerSession.PORT, Integer.toString(freePort())); // where nothing answers
        System.setProperty(TestBrokerSession.SKIPPED_REPORT, collected.toString());

        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getLauncher().execute(request().selectors(selectClass(Sample.class)).build());
        }

        assertThat(Files.readString(collected)).isEqualTo(Path.of("").toAbsolutePath().getFileName() + ": "
                + Sample.class.getName() + ".needsRabbitMq: needs RabbitMQ (rabbitmqctl)" + System.lineSeparator());
    }

    @Test
    void runningOnTheDevelopmentBrokerOnPurposeAddsNothingToTheBuildsList(@TempDir Path build) throws IOException {
        Path collected = build.resolve("tests-skipped-without-rabbitmq.txt");
        System.setProperty(TestBrokerSession.MODE, "development");
        System.setProperty(TestBrokerSession.PORT, Integer.toString(freePort()));
        System.setProperty(TestBrokerSession.SKIPPED_REPORT, collected.toString());

        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getLauncher().execute(request().selectors(selectClass(Sample.class)).build());
        }

        assertThat(collected).doesNotExist();
    }

    @Test
    void withTheDevelopmentBrokerATestThatNeedsRabbitMqIsSkippedAndListedAndTheOthersRun() throws IOException {
        int port = freePort();
        System.setProperty(TestBrokerSession.MODE, "development");
        System.setProperty(TestBrokerSession.PORT, Integer.toString(port));
        SummaryGeneratingListener listener = new SummaryGeneratingListener();

        try (LauncherSession session = LauncherFactory.openSession()) { // registers TestBrokerSession as a service
            session.getLauncher().execute(request().selectors(selectClass(Sample.class)).build(), listener);
        }

        TestExecutionSummary summary = listener.getSummary();
        assertThat(summary.getTestsSucceededCount()).as("tests that ran on the development broker").isOne();
        assertThat(summary.getTestsSkippedCount()).as("tests that need RabbitMQ").isOne();
        assertThat(Files.readString(Path.of(TestBrokerSession.SKIPPED_FILE)))
                .contains(Sample.class.getName() + ".needsRabbitMq: needs RabbitMQ (rabbitmqctl)");
        assertThat(DevBroker.answers("127.0.0.1", port, Duration.ofSeconds(1))).as("stopped with the session")
                .isFalse();
    }

    /** Runs only inside the sessions above. */
    @EnabledIfSystemProperty(named = TestBrokerSession.MODE, matches = "development|auto")
    static class Sample {

        @Test
        @RequiresRabbitMQ("rabbitmqctl")
        void needsRabbitMq() {
            throw new AssertionError("must be skipped");
        }

        @Test
        void runsOnAnyBroker() {
            assertThat(TestBroker.kind()).isEqualTo(TestBroker.Kind.DEVELOPMENT);
            assertThat(
                    DevBroker.answers("127.0.0.1", Integer.getInteger(TestBrokerSession.PORT), Duration.ofSeconds(5)))
                            .isTrue();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
