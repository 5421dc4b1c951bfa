package org.lightbus.tck.quarkus.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lightbus.testing.Times.never;
import static org.lightbus.testing.Times.times;

import java.net.URISyntaxException;
import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.RemoteCallException;
import org.lightbus.memory.ListenerOutcome;
import org.lightbus.spi.DeadLetterReason;
import org.lightbus.tck.app.AuthApi;
import org.lightbus.tck.app.AuthApi.UserSignedUp;
import org.lightbus.tck.app.ReportsApi;
import org.lightbus.tck.scenarios.Http;
import org.lightbus.testing.Simulation;
import org.lightbus.testing.TestBus;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The test kit in a {@code @QuarkusTest}: the TCK application (service {@code signup}: fires
 * {@code auth.user_signed_up} from {@code /signup}, listens to it with {@code Images.resize} and {@code welcome-email},
 * serves {@link AuthApi}, calls {@link AuthApi} and {@link ReportsApi} from {@code /call}) on the in-memory broker,
 * watched and driven through {@link TestBus}.
 */
@QuarkusTest
@TestProfile(InMemoryBus.class)
class QuarkusTestKitIT {

    @Inject
    TestBus bus;

    @TestHTTPResource("/")
    URL application;

    @BeforeEach
    void reset() {
        bus.reset(); // the application is shared by the tests of the class; strict calls go back to the default
    }

    @AfterEach
    void settle() {
        bus.awaitIdle(); // the application's own listeners finish with this test's events before the next test
    }

    @Test
    void theEventsTheApplicationFiredAreAsserted() throws URISyntaxException {
        signUp("ada");
        signUp("bob");

        bus.assertFired(new UserSignedUp("ada", "ada@example.com"));
        bus.assertNotFired(new UserSignedUp("eve", "eve@example.com"));
        bus.assertFired(UserSignedUp.class, times(2));
        bus.assertFired(UserSignedUp.class, event -> event.username().equals("bob"));
        bus.assertNotFired(UserSignedUp.class, event -> event.username().equals("eve"));
        assertThat(bus.fired(UserSignedUp.class)).containsExactly(new UserSignedUp("ada", "ada@example.com"),
                new UserSignedUp("bob", "bob@example.com"));
    }

    @Test
    void theApplicationsOwnListenersReceiveItsEventsThroughTheInMemoryBroker() throws URISyntaxException {
        signUp("carol");

        bus.awaitIdle();
        assertThat(Http.received(application.toURI())).contains("Images.resize|carol|1|signup",
                "welcome-email|carol|1|signup");
        assertThat(bus.broker().deadLetters("signup")).isEmpty();
    }

    @Test
    void aMissingEventShowsTheClosestFiredAndTheFieldsThatDiffer() throws URISyntaxException {
        signUp("ada");

        assertThatThrownBy(() -> bus.assertFired(new UserSignedUp("ada", "ADA@example.com")))
                .isInstanceOf(AssertionError.class).hasMessage("""
                        LBUS05002: Expected auth.user_signed_up UserSignedUp[username=ada, email=ADA@example.com] to \
                        be fired 1 time, but it was fired 0 times
                        Fired auth.user_signed_up events, closest first (1):
                          UserSignedUp[username=ada, email=ada@example.com]
                              $.email: expected "ADA@example.com" but was "ada@example.com\"""");
        assertThatThrownBy(() -> bus.assertFired(UserSignedUp.class, event -> event.username().equals("bob")))
                .hasMessageStartingWith("LBUS05002: Expected auth.user_signed_up matching the predicate to be fired "
                        + "1 time, but it was fired 0 times");
    }

    @Test
    void aMockedCallIsAnsweredAndAsserted() throws URISyntaxException {
        bus.mock(ReportsApi.class, api -> api.monthly("2026-11")).returns("42 sign-ups");
        // a mock wins over the application's own server of the API
        bus.mock(AuthApi.class, api -> api.checkPassword("ada", "secret")).returns(false);

        assertThat(call("procedure", "monthly")).isEqualTo("result 42 sign-ups");
        assertThat(call("procedure", "check_password", "user", "ada", "password", "secret")).isEqualTo("result false");
        assertThat(call("procedure", "check_password", "user", "ada", "password", "secret")).isEqualTo("result false");

        bus.assertCalled(ReportsApi.class).monthly("2026-11");
        bus.assertCalled(AuthApi.class, times(2)).checkPassword("ada", "secret");
        bus.assertNotCalled(AuthApi.class).checkPassword("bob", "secret");
        assertThat(bus.calls(ReportsApi.class)).singleElement()
                .satisfies(call -> assertThat(call.arguments()).containsExactly("2026-11"));
    }

    @Test
    void underStrictCallsAnUnmockedCallFails() throws URISyntaxException {
        bus.strictCalls(true);

        assertThatThrownBy(() -> call("procedure", "monthly")).isInstanceOf(AssertionError.class)
                .hasMessageContaining(" answered 500: ");
        // the application serves the auth API itself: its calls are not unexpected
        assertThat(call("procedure", "check_password", "user", "ada", "password", "secret")).isEqualTo("result true");

        assertThatThrownBy(bus::assertNoUnexpectedCalls).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("LBUS05004: Unexpected call reports.monthly(\"2026-11\"): no mock answers it, "
                        + "and lightbus.testing.strict-calls=true refuses calls to APIs this application does not serve");
        bus.assertCalled(ReportsApi.class).monthly("2026-11");
    }

    @Test
    void aSimulatedEventReachesEveryListenerOfTheApplication() throws URISyntaxException {
        Simulation simulation = bus.simulate(new UserSignedUp("dave", "dave@example.com")).assertSucceeded();

        // the channels role's incoming Reactive Messaging channel is a listener too
        assertThat(simulation.outcomes()).extracting(ListenerOutcome::listener)
                .containsExactlyInAnyOrder("signup.Images.resize", "signup.welcome-email", "signup.tck-welcome");
        assertThat(simulation.outcome("Images.resize").attempts()).isOne();
        assertThat(Http.received(application.toURI())).contains("Images.resize|dave|1|lightbus-testing",
                "welcome-email|dave|1|lightbus-testing", "tck-welcome|dave|1|lightbus-testing");
        bus.assertFired(UserSignedUp.class, never()); // received, not fired
    }

    @Test
    void aSimulatedEventThatAListenerKeepsFailingIsDeadLettered() {
        Simulation simulation = bus.simulate(new UserSignedUp("poison-1", "poison-1@example.com"));

        ListenerOutcome mailer = simulation.outcome("welcome-email");
        assertThat(mailer.deadLetterReason()).contains(DeadLetterReason.LISTENER_FAILED);
        assertThat(mailer.attempts()).isEqualTo(3); // lightbus.listener.max-attempts
        assertThat(mailer.skippedBackoffs()).hasSize(2);
        assertThat(mailer.error()).get().asString().contains("mail server refuses poison-1");
        assertThat(simulation.outcome("Images.resize").succeeded()).isTrue();
        assertThatThrownBy(simulation::assertSucceeded).hasMessageStartingWith(
                "Expected every listener to handle auth.user_signed_up UserSignedUp[username=poison-1, "
                        + "email=poison-1@example.com], but not all did:");
    }

    @Test
    void aFiredEventThatAListenerKeepsFailingIsDeadLetteredOnTheInMemoryBroker() throws URISyntaxException {
        signUp("poison-2");

        bus.awaitIdle();
        assertThat(bus.broker().deadLetters("signup")).singleElement().satisfies(letter -> {
            assertThat(letter.listener()).isEqualTo("signup.welcome-email");
            assertThat(letter.reason()).isEqualTo(DeadLetterReason.LISTENER_FAILED);
            assertThat(letter.attempts()).isEqualTo(3);
            assertThat(letter.errorMessage()).isEqualTo("mail server refuses poison-2");
        });
        assertThat(Http.received(application.toURI())).contains("Images.resize|poison-2|1|signup")
                .noneMatch(line -> line.startsWith("welcome-email|poison-2|"));
    }

    @Test
    void aSimulatedCallReachesTheApplicationsOwnServer() {
        AuthApi auth = bus.simulateCall(AuthApi.class);

        assertThat(auth.checkPassword("ada", "secret")).isTrue();
        assertThat(auth.checkPassword("ada", "wrong")).isFalse();
        assertThat(auth.displayName("ada").toCompletableFuture().join()).isEqualTo("ADA");
        assertThatThrownBy(() -> auth.checkPassword("locked", "x")).isInstanceOfSatisfying(RemoteCallException.class,
                e -> {
                    assertThat(e.remoteCode()).isEqualTo("LBUS02101");
                    assertThat(e.remoteType()).isEqualTo(IllegalStateException.class.getName());
                    assertThat(e.remoteMessage()).isEqualTo("account locked: locked");
                });
        assertThat(bus.calls(AuthApi.class)).isEmpty(); // simulated calls are not calls the application made
        bus.assertCalled(AuthApi.class, never()).checkPassword("ada", "secret");
    }

    private void signUp(String user) throws URISyntaxException {
        assertThat(Http.get(application.toURI(), "signup", "user", user)).isEqualTo("fired " + user);
    }

    private String call(String... query) throws URISyntaxException {
        return Http.get(application.toURI(), "call", query);
    }
}
