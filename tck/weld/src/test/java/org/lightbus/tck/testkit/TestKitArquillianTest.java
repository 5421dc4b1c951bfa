package org.lightbus.tck.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lightbus.api.RemoteCallException;
import org.lightbus.memory.ListenerOutcome;
import org.lightbus.spi.DeadLetterReason;
import org.lightbus.tck.app.Accounts;
import org.lightbus.tck.app.AuthApi;
import org.lightbus.tck.app.AuthApi.UserSignedUp;
import org.lightbus.tck.app.AuthService;
import org.lightbus.tck.app.Mailer;
import org.lightbus.tck.app.Received;
import org.lightbus.tck.app.ReportsApi;
import org.lightbus.testing.TestBus;

/**
 * The test kit in an Arquillian test on Weld embedded, as the suite's {@code TestKitTest} runs it on the servers: the
 * TCK application's {@code signup} role with the {@code mailer} role's listener, the kit on the class path, and
 * {@link TestBus} injected into the test. The application sends through the kit's in-memory broker.
 *
 * <p>
 * Each test calls {@code bus.reset()} first, where a test on a server does it in {@code @BeforeEach}: Arquillian's
 * JUnit 5 integration (1.10) runs no {@code @BeforeEach} or {@code @AfterEach} method of an in-container test on an
 * embedded container, whose local protocol calls the test method alone.
 */
@ExtendWith(ArquillianExtension.class)
class TestKitArquillianTest {

    /** The runtime's own MicroProfile Config, as a server provides it: here system properties. */
    private static final Map<String, String> CONFIG = Map.of("lightbus.service-name", "signup", "lightbus.namespace",
            "tck-weld-test-kit", "lightbus.listener.max-attempts", "3", "lightbus.listener.initial-backoff", "100ms",
            "lightbus.api.reports.rpc-timeout", "3s");

    /** This module's tests choose the RabbitMQ connector with it; the kit's transport is chosen by its absence. */
    private static final String TRANSPORT = "lightbus.transport";

    private static String transport;

    @Inject
    TestBus bus;

    @Inject
    Accounts accounts;

    @Deployment
    static JavaArchive deployment() {
        CONFIG.forEach(System::setProperty);
        transport = System.clearProperty(TRANSPORT);
        return ShrinkWrap
                .create(JavaArchive.class).addClasses(AuthApi.class, UserSignedUp.class, ReportsApi.class,
                        AuthService.class, Accounts.class, Mailer.class, Received.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @AfterAll
    static void restoreTheConfig() {
        CONFIG.keySet().forEach(System::clearProperty);
        if (transport != null) {
            System.setProperty(TRANSPORT, transport);
        }
    }

    @Test
    void anEventFiredIsAssertedByValueAndByPredicate() {
        bus.reset();

        accounts.signUp("ada");

        bus.assertFired(new UserSignedUp("ada", "ada@example.com"));
        bus.assertFired(UserSignedUp.class, event -> event.email().equals("ada@example.com"));
        bus.assertNotFired(UserSignedUp.class, event -> event.username().equals("bob"));
    }

    @Test
    void aMissingEventIsReportedWithTheClosestFired() {
        bus.reset();

        accounts.signUp("ada");

        assertThatThrownBy(() -> bus.assertFired(new UserSignedUp("ada", "ADA@example.com")))
                .isInstanceOf(AssertionError.class).hasMessage("""
                        LBUS05002: Expected auth.user_signed_up UserSignedUp[username=ada, email=ADA@example.com] \
                        to be fired 1 time, but it was fired 0 times
                        Fired auth.user_signed_up events, closest first (1):
                          UserSignedUp[username=ada, email=ada@example.com]
                              $.email: expected "ADA@example.com" but was "ada@example.com\"""");
    }

    @Test
    void aMockedCallIsAnsweredAndAsserted() {
        bus.reset();

        bus.mock(ReportsApi.class, api -> api.monthly("2026-11")).returns("3 sign-ups");

        assertThat(accounts.monthlyReport("2026-11")).isEqualTo("3 sign-ups");

        bus.assertCalled(ReportsApi.class).monthly("2026-11");
        bus.assertNotCalled(ReportsApi.class).monthly("2026-12");
    }

    @Test
    void aSimulatedEventReachesTheApplicationsListener() {
        bus.reset();

        ListenerOutcome outcome = bus.simulate(new UserSignedUp("grace", "grace@example.com")).assertSucceeded()
                .outcome("welcome-email");

        assertThat(outcome.listener()).isEqualTo("signup.welcome-email");
        assertThat(outcome.attempts()).isEqualTo(1);
    }

    @Test
    void aSimulatedEventTheListenerFailsIsDeadLettered() {
        bus.reset();

        ListenerOutcome outcome = bus.simulate(new UserSignedUp("poison-eve", "eve@example.com"))
                .assertDeadLettered(DeadLetterReason.LISTENER_FAILED).outcome("welcome-email");

        assertThat(outcome.attempts()).isEqualTo(3);
        assertThat(outcome.skippedBackoffs()).hasSize(2);
        assertThat(outcome.error()).hasValueSatisfying(
                error -> assertThat(error).hasStackTraceContaining("mail server refuses poison-eve"));
    }

    @Test
    void aSimulatedCallReachesTheApplicationsOwnServer() {
        bus.reset();

        AuthApi auth = bus.simulateCall(AuthApi.class);

        assertThat(auth.checkPassword("ada", "secret")).isTrue();
        assertThat(auth.checkPassword("ada", "wrong")).isFalse();
        assertThat(auth.displayName("ada").toCompletableFuture().join()).isEqualTo("ADA");
        assertThatThrownBy(() -> auth.checkPassword("locked", "secret"))
                .isInstanceOfSatisfying(RemoteCallException.class, e -> {
                    assertThat(e.remoteType()).isEqualTo(IllegalStateException.class.getName());
                    assertThat(e.remoteMessage()).isEqualTo("account locked: locked");
                });
        assertThat(bus.calls(AuthApi.class)).isEmpty();
    }
}
