package org.lightbus.testing.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lightbus.testing.Times.times;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lightbus.api.RemoteCallException;
import org.lightbus.api.RpcTimeoutException;
import org.lightbus.testing.LightbusTest;
import org.lightbus.testing.RecordedCall;
import org.lightbus.testing.TestBus;
import org.lightbus.testing.contract.AuthApi;
import org.lightbus.testing.contract.AuthApi.Profile;

@LightbusTest(config = { "lightbus.service-name=shop", "lightbus.api.auth.rpc-timeout=3s" })
class MockedCallsTest {

    @Inject
    Login login;

    @Inject
    TestBus bus;

    @Test
    void aMockedCallGetsItsAnswerAndIsRecorded() {
        bus.mock(AuthApi.class, api -> api.checkPassword("ada", "secret")).returns(true);
        bus.mock(AuthApi.class, api -> api.checkPassword("ada", "wrong")).returns(false);

        assertThat(login.logIn("ada", "secret")).isTrue();
        assertThat(login.logIn("ada", "wrong")).isFalse();

        bus.assertCalled(AuthApi.class).checkPassword("ada", "secret");
        bus.assertNotCalled(AuthApi.class).checkPassword("bob", "secret");
        assertThat(bus.calls(AuthApi.class)).containsExactly(
                new RecordedCall("auth", "check_password", "checkPassword", List.of("ada", "secret")),
                new RecordedCall("auth", "check_password", "checkPassword", List.of("ada", "wrong")));
    }

    @Test
    void anAsynchronousProcedureIsAnsweredWithACompletedStage() throws Exception {
        Profile ada = new Profile("ada", "ada@example.com", 3);
        bus.mock(AuthApi.class, api -> api.profile("ada")).returns(CompletableFuture.completedFuture(ada));

        assertThat(login.profileOf("ada").toCompletableFuture().get(30, TimeUnit.SECONDS)).isEqualTo(ada);
    }

    @Test
    void anAnswerComputedFromTheArgumentsForAnyArguments() {
        bus.mock(AuthApi.class, api -> api.checkPassword("", "")).withAnyArguments()
                .answers(arguments -> arguments[1].equals("secret"));

        assertThat(login.logIn("ada", "secret")).isTrue();
        assertThat(login.logIn("bob", "nope")).isFalse();
        bus.assertCalled(AuthApi.class, times(1)).checkPassword("bob", "nope");
    }

    @Test
    void theLatestMockOfACallWins() {
        bus.mock(AuthApi.class, api -> api.checkPassword("ada", "secret")).returns(false);
        bus.mock(AuthApi.class, api -> api.checkPassword("ada", "secret")).returns(true);

        assertThat(login.logIn("ada", "secret")).isTrue();
    }

    @Test
    void aMockedFailureReachesTheCallerAsARemoteError() {
        bus.mock(AuthApi.class, api -> api.checkPassword("eve", "x"))
                .fails(new IllegalArgumentException("no such user: eve"));

        assertThatThrownBy(() -> login.logIn("eve", "x")).isInstanceOfSatisfying(RemoteCallException.class, e -> {
            assertThat(e.remoteCode()).isEqualTo("LBUS05009");
            assertThat(e.remoteType()).isEqualTo(IllegalArgumentException.class.getName());
            assertThat(e.remoteMessage()).isEqualTo("no such user: eve");
        });
    }

    @Test
    void aDelayShorterThanTheTimeoutIsWaitedFor() {
        bus.mock(AuthApi.class, api -> api.checkPassword("ada", "slow")).after(Duration.ofMillis(100)).returns(true);

        assertThat(login.logIn("ada", "slow")).isTrue();
    }

    @Test
    void aDelayNotShorterThanTheTimeoutTimesOutAtOnce() {
        bus.mock(AuthApi.class, api -> api.checkPassword("ada", "hung")).after(Duration.ofMinutes(5)).returns(true);

        long start = System.nanoTime();
        assertThatThrownBy(() -> login.logIn("ada", "hung")).isInstanceOf(RpcTimeoutException.class).hasMessage(
                "LBUS05008: No reply to auth.check_password(\"ada\", \"hung\") within 3000 ms: its mocked answer "
                        + "comes after 300000 ms (the test kit fails the call at once instead of waiting)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void anUnmockedCallGoesToTheBrokerWhereNoServerAnswers() {
        assertThatThrownBy(() -> login.logIn("ada", "secret")).isInstanceOf(RpcTimeoutException.class)
                .hasMessageStartingWith("LBUS04003: No reply to auth.check_password within 3000 ms");
    }

    @Test
    void aCallNotMadeShowsTheClosestCallsAndTheArgumentsThatDiffer() {
        bus.mock(AuthApi.class, api -> api.checkPassword("", "")).withAnyArguments().returns(false);
        login.logIn("ada", "wrong");
        login.logIn("bob", "pass");

        assertThatThrownBy(() -> bus.assertCalled(AuthApi.class).checkPassword("ada", "secret"))
                .isInstanceOf(AssertionError.class).hasMessage("""
                        LBUS05003: Expected auth.check_password("ada", "secret") to be called 1 time, but it was \
                        called 0 times
                        Calls of auth.check_password made, closest first (2):
                          ("ada", "wrong")
                              $[1]: expected "secret" but was "wrong"
                          ("bob", "pass")
                              $[0]: expected "ada" but was "bob"
                              $[1]: expected "secret" but was "pass\"""");
        assertThatThrownBy(() -> bus.assertCalled(AuthApi.class).profile("ada")).hasMessage("""
                LBUS05003: Expected auth.profile("ada") to be called 1 time, but it was called 0 times
                No call of auth.profile was made. Calls made: auth.check_password (2)""");
    }

    @Test
    void aLambdaThatCallsNothingIsRefused() {
        assertThatThrownBy(() -> bus.mock(AuthApi.class, api -> null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LBUS05012: The lambda given to mock calls no procedure of "
                        + "org.lightbus.testing.contract.AuthApi: write it as api -> api.checkPassword(\"ada\", "
                        + "\"secret\")");
    }

    @Test
    void aCallThatShouldNotHaveBeenMadeIsShown() {
        bus.mock(AuthApi.class, api -> api.checkPassword("ada", "secret")).returns(true);
        login.logIn("ada", "secret");

        assertThatThrownBy(() -> bus.assertNotCalled(AuthApi.class).checkPassword("ada", "secret")).hasMessage("""
                LBUS05003: Expected auth.check_password("ada", "secret") to be called 0 times, but it was called 1 \
                time
                Calls of auth.check_password made, closest first (1):
                  ("ada", "secret")""");
    }

    @Test
    void strictCallsCanBeTurnedOnInATestAndReportCallsTheApplicationCaught() {
        bus.strictCalls(true);

        assertThatThrownBy(() -> login.logIn("ada", "secret")).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("LBUS05004: Unexpected call auth.check_password(\"ada\", \"secret\")");
        assertThatThrownBy(bus::assertNoUnexpectedCalls).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("LBUS05004: Unexpected call auth.check_password(\"ada\", \"secret\")");

        bus.reset(); // forgets the unexpected call, so that @LightbusTest does not fail this test for it
        bus.assertNoUnexpectedCalls();
        assertThatThrownBy(() -> login.logIn("ada", "secret")).as("strict calls are off again after reset()")
                .isInstanceOf(RpcTimeoutException.class);
    }

    @Test
    void aRemoteErrorCanBeMockedWithItsCodeAndAnAnswerThatThrowsIsAFailure() {
        bus.mock(AuthApi.class, api -> api.checkPassword("eve", "x")).fails(new RemoteCallException("LBUS02000",
                "remote", "auth", "check_password", "ACME-17", "com.acme.Locked", "account locked"));
        bus.mock(AuthApi.class, api -> api.checkPassword("bob", "x")).answers(arguments -> {
            throw new IllegalStateException("directory down");
        });

        assertThatThrownBy(() -> login.logIn("eve", "x")).isInstanceOfSatisfying(RemoteCallException.class, e -> {
            assertThat(e.remoteCode()).isEqualTo("ACME-17");
            assertThat(e.remoteType()).isEqualTo("com.acme.Locked");
            assertThat(e.remoteMessage()).isEqualTo("account locked");
        });
        assertThatThrownBy(() -> login.logIn("bob", "x")).isInstanceOfSatisfying(RemoteCallException.class,
                e -> assertThat(e.remoteMessage()).isEqualTo("directory down"));
    }
}
