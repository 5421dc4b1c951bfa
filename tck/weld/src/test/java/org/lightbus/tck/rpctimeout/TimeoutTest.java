package org.lightbus.tck.rpctimeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.RpcTimeoutException;
import org.lightbus.tck.contract.AuthApi;
import org.lightbus.tck.rpc.AuthService;
import org.lightbus.tck.rpc.Caller;
import org.lightbus.tck.support.Broker;
import org.lightbus.testing.BusApplication;

/**
 * Without a server a call times out with a clear exception; a call that expired before a server took it is never
 * executed (at-most-once), and a server started afterwards runs only the calls still waited for.
 */
class TimeoutTest {

    private final Broker broker = new Broker();
    private BusApplication client;
    private BusApplication server;
    private BusApplication patientClient;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (patientClient != null) {
            patientClient.close();
        }
        client.close();
        broker.close();
    }

    @Test
    void aCallWithoutServerTimesOutNamingTheApiAndProcedure() {
        broker.rpcQueue("auth");
        client = BusApplication.named("web").in(broker.namespace()).with(Caller.class)
                .config("lightbus.api.auth.check_password.rpc-timeout", "300ms").start();
        AuthApi auth = client.bean(Caller.class).auth();

        long start = System.nanoTime();
        assertThatThrownBy(() -> auth.checkPassword("ada", "secret"))
                .isInstanceOfSatisfying(RpcTimeoutException.class, e -> {
                    assertThat(e.api()).isEqualTo("auth");
                    assertThat(e.procedure()).isEqualTo("check_password");
                    assertThat(e.timeout()).isEqualTo(Duration.ofMillis(300));
                }).hasMessageContaining("auth.check_password").hasMessageContaining("no process may be serving");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(300),
                Duration.ofSeconds(30));
    }

    @Test
    void aCallThatExpiredBeforeAServerTookItIsNotExecuted() {
        broker.rpcQueue("auth");
        client = BusApplication.named("web").in(broker.namespace()).with(Caller.class)
                .config("lightbus.api.auth.rpc-timeout", "300ms").start();
        AuthApi auth = client.bean(Caller.class).auth();
        assertThatThrownBy(() -> auth.checkPassword("expired", "secret")).isInstanceOf(RpcTimeoutException.class);

        server = BusApplication.named("auth").in(broker.namespace()).with(AuthService.class).start();
        // a second caller with a timeout that a busy machine cannot exceed
        patientClient = BusApplication.named("web-patient").in(broker.namespace()).with(Caller.class)
                .config("lightbus.api.auth.rpc-timeout", "60s").start();
        assertThat(patientClient.bean(Caller.class).auth().checkPassword("fresh", "secret")).isTrue();

        assertThat(server.bean(AuthService.class).executions()).containsExactly("check_password fresh");
    }
}
