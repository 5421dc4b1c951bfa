package org.lightbus.tck.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lightbus.api.RemoteCallException;
import org.lightbus.memory.ListenerOutcome;
import org.lightbus.spi.DeadLetterReason;
import org.lightbus.tck.app.Accounts;
import org.lightbus.tck.app.AuthApi;
import org.lightbus.tck.app.AuthApi.UserSignedUp;
import org.lightbus.tck.app.ReportsApi;
import org.lightbus.testing.TestBus;

/**
 * The test kit in an Arquillian test, as a user writes one: the application ({@code signup} with the {@code mailer}
 * role's listener) and the kit's jars in one WAR, the test running in the server with {@link TestBus} injected. The
 * kit's transport takes over because its jar is in the WAR; the application sends through the in-memory broker, so no
 * broker is needed. The other scenarios' WARs do not contain the kit.
 */
@ExtendWith(ArquillianExtension.class)
public class TestKitTest {

    private static final String NAMESPACE = "tck-test-kit";

    @Inject
    TestBus bus;

    @Inject
    Accounts accounts;

    @Deployment
    public static WebArchive deployment() {
        return TckArchives.testKit(NAMESPACE).addClass(TestKitTest.class);
    }

    @BeforeEach
    void forgetTheTestsBefore() {
        bus.reset();
    }

    @Test
    public void anEventFiredIsAssertedByValueAndByPredicate() {
        accounts.signUp("ada");

        bus.assertFired(new UserSignedUp("ada", "ada@example.com"));
        bus.assertFired(UserSignedUp.class, event -> event.email().equals("ada@example.com"));
        bus.assertNotFired(UserSignedUp.class, event -> event.username().equals("bob"));
    }

    @Test
    public void aMissingEventIsReportedWithTheClosestFired() {
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
    public void aMockedCallIsAnsweredAndAsserted() {
        bus.mock(ReportsApi.class, api -> api.monthly("2026-11")).returns("3 sign-ups");

        assertThat(accounts.monthlyReport("2026-11")).isEqualTo("3 sign-ups");

        bus.assertCalled(ReportsApi.class).monthly("2026-11");
        bus.assertNotCalled(ReportsApi.class).monthly("2026-12");
    }

    @Test
    public void aSimulatedEventReachesTheApplicationsListener() {
        ListenerOutcome outcome = bus.simulate(new UserSignedUp("grace", "grace@example.com")).assertSucceeded()
                .outcome("welcome-email");

        assertThat(outcome.listener()).isEqualTo("signup.welcome-email");
        assertThat(outcome.attempts()).isEqualTo(1);
    }

    @Test
    public void aSimulatedEventTheListenerFailsIsDeadLettered() {
        ListenerOutcome outcome = bus.simulate(new UserSignedUp("poison-eve", "eve@example.com"))
                .assertDeadLettered(DeadLetterReason.LISTENER_FAILED).outcome("welcome-email");

        // lightbus.listener.max-attempts=3 in every WAR of the TCK; the kit does not wait the backoffs
        assertThat(outcome.attempts()).isEqualTo(3);
        assertThat(outcome.skippedBackoffs()).hasSize(2);
        assertThat(outcome.error()).hasValueSatisfying(
                error -> assertThat(error).hasStackTraceContaining("mail server refuses poison-eve"));
    }

    @Test
    public void aSimulatedCallReachesTheApplicationsOwnServer() {
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
