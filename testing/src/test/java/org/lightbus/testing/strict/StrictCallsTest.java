package org.lightbus.testing.strict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.lightbus.testing.LightbusTest;
import org.lightbus.testing.TestBus;
import org.lightbus.testing.calls.Login;
import org.lightbus.testing.contract.AuthApi;

/**
 * Under strict calls, a call no mock answers fails where it is made, and fails the test even when the application
 * caught the failure.
 */
class StrictCallsTest {

    private static final String UNEXPECTED = "LBUS05004: Unexpected call auth.check_password(\"ada\", \"secret\"): no "
            + "mock answers it, and lightbus.testing.strict-calls=true refuses calls to APIs this application does not "
            + "serve. Mock it in the test: bus.mock(<the API interface>.class, api -> api.<procedure>(<arguments>))"
            + ".returns(<result>)";

    @Test
    void anUnmockedCallFailsWhereItIsMadeAndFailsTheTest() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(StrictApplication.class)).execute().testEvents()
                .assertStatistics(stats -> stats.started(3).succeeded(1).failed(2)).assertThatEvents()
                .haveExactly(1, event(test("callerSeesTheFailure"), finishedWithFailure(message(UNEXPECTED))))
                .haveExactly(1, event(test("applicationSwallowsTheFailure"), finishedWithFailure(message(UNEXPECTED))));
    }

    /** Run by the test above, not by itself. */
    @LightbusTest(config = "lightbus.service-name=shop", strictCalls = true)
    static class StrictApplication {

        @Inject
        Login login;

        @Inject
        TestBus bus;

        @Test
        void callerSeesTheFailure() {
            login.logIn("ada", "secret");
        }

        @Test
        void applicationSwallowsTheFailure() {
            assertThatThrownBy(() -> login.logIn("ada", "secret")).isInstanceOf(AssertionError.class);
            // the test itself passes; the kit fails it afterwards
        }

        @Test
        void aMockedCallIsExpected() {
            bus.mock(AuthApi.class, api -> api.checkPassword("ada", "secret")).returns(true);
            assertThat(login.logIn("ada", "secret")).isTrue();
            bus.assertNoUnexpectedCalls();
        }
    }
}
