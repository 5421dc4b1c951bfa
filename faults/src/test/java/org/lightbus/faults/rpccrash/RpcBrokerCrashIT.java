package org.lightbus.faults.rpccrash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lightbus.faults.apps.RpcServerApp;
import org.lightbus.faults.rpccrash.Callers.Call;
import org.lightbus.faults.support.AppProcess;
import org.lightbus.faults.support.FaultReport;
import org.lightbus.faults.support.FaultSuite;
import org.lightbus.faults.support.FaultWindow;
import org.lightbus.faults.support.RabbitNode;
import org.lightbus.faults.support.Scenario;
import org.lightbus.testing.BusApplication;

/**
 * The broker is killed and restarted while a client (in the test's JVM) makes calls from several threads to a server in
 * another process: every call returns, with its result or a {@code LightbusException}, within its timeout and a margin,
 * and once the broker is back the same client and server work again without a restart.
 */
@FaultSuite
class RpcBrokerCrashIT {

    private static final Duration RPC_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration MARGIN = Duration.ofSeconds(2);
    private static final int THREADS = 8;

    @Test
    void everyCallReturnsInTimeAndCallsSucceedAgainAfterTheCrash(Scenario scenario, RabbitNode node) throws Exception {
        AppProcess server = scenario.start("rpc-server", "rpc-server", RpcServerApp.class);
        List<Call> calls;
        FaultWindow crash;
        try (BusApplication client = BusApplication.named("rpc-client").in(scenario.namespace()).with(Caller.class)
                .config("lightbus.rabbitmq.host", "127.0.0.1")
                .config("lightbus.rabbitmq.port", Integer.toString(node.port()))
                .config("lightbus.api.faults.rpc-timeout", RPC_TIMEOUT.toSeconds() + "s").start()) {
            Callers callers = Callers.start(client.bean(Caller.class).faults(), THREADS);
            await().atMost(Duration.ofSeconds(60)).until(() -> callers.succeededSince(0) >= 200);

            crash = FaultWindow.of(node::kill9);
            node.restart();
            await("calls succeed again").atMost(Duration.ofSeconds(90))
                    .until(() -> callers.succeededSince(crash.end()) >= 200);

            assertThat(callers.stop(RPC_TIMEOUT.plus(MARGIN))).as("callers still waiting for a call").isEmpty();
            calls = callers.calls();
        }

        long firstSuccess = calls.stream().filter(c -> c.succeeded() && c.startedAt() >= crash.end())
                .mapToLong(Call::endedAt).min().orElseThrow();
        Call slowest = calls.stream().max((a, b) -> Long.compare(a.millis(), b.millis())).orElseThrow();
        List<Call> failed = calls.stream().filter(c -> !c.succeeded()).toList();
        FaultReport.print(String.format("FAULT %s: calls=%d succeeded=%d failed=%d slowest=%s recovery=%s",
                scenario.name(), calls.size(), calls.size() - failed.size(), failed.size(),
                FaultReport.seconds(Duration.ofMillis(slowest.millis())),
                FaultReport.seconds(Duration.ofMillis(firstSuccess - crash.end()))));

        assertThat(slowest.millis()).as("the longest call (ms): %s", slowest)
                .isLessThanOrEqualTo(RPC_TIMEOUT.plus(MARGIN).toMillis());
        Set<String> failures = failed.stream().map(c -> c.outcome() + " " + c.code()).collect(Collectors.toSet());
        assertThat(failed).as("calls that failed otherwise than with a LightbusException: %s", failures)
                .allMatch(c -> !c.outcome().contains("."));
        assertThat(calls).as("calls started after the first success following the crash")
                .filteredOn(c -> c.startedAt() > firstSuccess).isNotEmpty().allMatch(Call::succeeded);
        assertThat(calls).as("successful calls: served by the server process, which was not restarted")
                .filteredOn(Call::succeeded).extracting(Call::serverPid).containsOnly(server.pid());
        assertThat(server.isAlive()).as(() -> "the server runs" + server.logTail()).isTrue();
    }
}
