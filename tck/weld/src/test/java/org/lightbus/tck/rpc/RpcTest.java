package org.lightbus.tck.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.RemoteCallException;
import org.lightbus.tck.contract.AuthApi;
import org.lightbus.tck.support.Broker;
import org.lightbus.testing.BusApplication;

/**
 * One application calls another through the broker: results, asynchronous results, remote exceptions, and many
 * concurrent calls from many threads, each with its own result.
 */
class RpcTest {

    private final Broker broker = new Broker();
    private BusApplication server;
    private BusApplication client;

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.close();
        broker.close();
    }

    private AuthApi start() {
        broker.rpcQueue("auth");
        server = BusApplication.named("auth").in(broker.namespace()).with(AuthService.class).start();
        client = BusApplication.named("web").in(broker.namespace()).with(Caller.class).start();
        return client.bean(Caller.class).auth();
    }

    @Test
    void aClientGetsTheServersResultsSynchronouslyAndAsynchronously() {
        AuthApi auth = start();

        assertThat(auth.checkPassword("ada", "secret")).isTrue();
        assertThat(auth.checkPassword("ada", "guess")).isFalse();
        assertThat(auth.profile("ada")).succeedsWithin(Duration.ofSeconds(10))
                .isEqualTo(new AuthApi.Profile("ada", "ADA", Instant.EPOCH));
        assertThat(server.bean(AuthService.class).executions()).containsExactly("check_password ada",
                "check_password ada", "profile ada");
    }

    @Test
    void aServerExceptionArrivesAsARemoteCallExceptionAndTheServerKeepsServing() {
        AuthApi auth = start();

        assertThatThrownBy(() -> auth.checkPassword("", "secret"))
                .isInstanceOfSatisfying(RemoteCallException.class, e -> {
                    assertThat(e.api()).isEqualTo("auth");
                    assertThat(e.procedure()).isEqualTo("check_password");
                    assertThat(e.remoteCode()).isEqualTo("LBUS02101");
                    assertThat(e.remoteType()).isEqualTo(IllegalArgumentException.class.getName());
                    assertThat(e.remoteMessage()).isEqualTo("username must not be empty");
                }).hasMessageContaining("auth.check_password");
        assertThat(auth.checkPassword("ada", "secret")).isTrue();
    }

    @Test
    void aThousandConcurrentCallsFromSixteenThreadsEachGetTheirOwnResult() throws Exception {
        AuthApi auth = start();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<AuthApi.Work>> calls = IntStream.range(0, 1_000)
                    .mapToObj(i -> threads.submit(() -> auth.work("call-" + i, 0))).toList();
            for (int i = 0; i < calls.size(); i++) {
                assertThat(calls.get(i).get().payload()).isEqualTo("call-" + i);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(server.bean(AuthService.class).executions()).hasSize(1_000);
    }
}
