package org.lightbus.testing.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.jboss.weld.junit5.auto.AddBeanClasses;
import org.junit.jupiter.api.Test;
import org.lightbus.api.RemoteCallException;
import org.lightbus.testing.LightbusTest;
import org.lightbus.testing.TestBus;
import org.lightbus.testing.contract.AuthApi;
import org.lightbus.testing.simulate.Unrelated;

@LightbusTest(config = "lightbus.service-name=auth")
@AddBeanClasses(AuthService.class)
class SimulateCallTest {

    @Inject
    TestBus bus;

    @Test
    void aSimulatedCallRunsTheApplicationsServerAndReturnsItsResult() throws Exception {
        AuthApi caller = bus.simulateCall(AuthApi.class);

        assertThat(caller.checkPassword("ada", "secret")).isTrue();
        assertThat(caller.checkPassword("ada", "wrong")).isFalse();
        assertThat(caller.profile("ada").toCompletableFuture().get(30, TimeUnit.SECONDS))
                .isEqualTo(new AuthApi.Profile("ada", "ada@example.com", 7));
        assertThat(bus.calls(AuthApi.class)).as("simulated calls are not calls the application made").isEmpty();
    }

    @Test
    void aFailingProcedureReachesTheCallerAsARemoteError() {
        assertThatThrownBy(() -> bus.simulateCall(AuthApi.class).checkPassword("eve", "x"))
                .isInstanceOfSatisfying(RemoteCallException.class, e -> {
                    assertThat(e.remoteType()).isEqualTo(IllegalArgumentException.class.getName());
                    assertThat(e.remoteMessage()).isEqualTo("no such user: eve");
                });
    }

    @Test
    void argumentsThatBreakTheSchemaAreRefusedBeforeTheServerRuns() {
        assertThatThrownBy(() -> bus.simulateCall(AuthApi.class).checkPassword(null, "x"))
                .hasMessageContaining("LBUS02014").hasMessageContaining("$[0]");
    }

    @Test
    void anApiTheApplicationDoesNotServeIsRefused() {
        assertThatThrownBy(() -> bus.simulateCall(Unrelated.class)).isInstanceOf(AssertionError.class)
                .hasMessage("LBUS05006: Service auth serves no procedure of API shop, so nothing can receive the "
                        + "simulated call; it serves: auth");
    }
}
