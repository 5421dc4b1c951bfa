package org.lightbus.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.lightbus.testing.BusApplication;

/**
 * Scenario 4 of {@link Comparison}: RPC round trips, sequential (p50, p99) and with {@value Plan#IN_FLIGHT} in flight
 * (calls/s), through the bus ({@link RpcRoundTrip}), Spring AMQP ({@link SpringRpc}) and a plain amqp-client
 * ({@link PlainRpcBaseline}); each started afresh for a round and warmed up.
 */
final class RpcScenario {

    private final Plan plan;
    private final String namespace;

    RpcScenario(Plan plan, String namespace) {
        this.plan = plan;
        this.namespace = namespace;
    }

    void round(int round, Results results) throws Exception {
        List<Tool> order = new ArrayList<>(List.of(Tool.LIGHTBUS, Tool.SPRING_AMQP, Tool.PLAIN_CLIENT));
        if (round % 2 == 0) {
            Collections.reverse(order);
        }
        for (Tool tool : order) {
            switch (tool) {
            case LIGHTBUS -> lightbus(results);
            case SPRING_AMQP -> spring(results);
            default -> plain(results);
            }
        }
    }

    private void lightbus(Results results) throws Exception {
        try (BusApplication server = BusApplication.named("echo-server").in(namespace).with(EchoService.class).start();
                BusApplication client = BusApplication.named("echo-client").in(namespace).with(EchoClient.class)
                        .start()) {
            EchoApi echo = client.bean(EchoClient.class).echo();
            RpcRoundTrip.sequential(echo, plan.warmUp());
            RpcRoundTrip.inFlight(echo, plan.warmUp());
            add(results, Tool.LIGHTBUS, RpcRoundTrip.sequential(echo, plan.sequentialCalls()),
                    RpcRoundTrip.inFlight(echo, plan.inFlightCalls()));
        }
    }

    private void spring(Results results) throws Exception {
        try (SpringRpc rpc = new SpringRpc()) {
            rpc.sequential(plan.warmUp());
            rpc.inFlight(plan.warmUp(), Plan.IN_FLIGHT);
            add(results, Tool.SPRING_AMQP, rpc.sequential(plan.sequentialCalls()),
                    rpc.inFlight(plan.inFlightCalls(), Plan.IN_FLIGHT));
        }
    }

    private void plain(Results results) throws Exception {
        PlainRpcBaseline.Latency latency = PlainRpcBaseline.sequential(plan.sequentialCalls());
        results.add(Figure.RPC_P50, Tool.PLAIN_CLIENT, latency.p50Micros());
        results.add(Figure.RPC_P99, Tool.PLAIN_CLIENT, latency.p99Micros());
        results.add(Figure.RPC_IN_FLIGHT, Tool.PLAIN_CLIENT,
                PlainRpcBaseline.inFlight(plan.inFlightCalls(), Plan.IN_FLIGHT).callsPerSecond());
    }

    private static void add(Results results, Tool tool, long[] latencies, double callsPerSecond) {
        results.add(Figure.RPC_P50, tool, Stats.percentileMicros(latencies, 50));
        results.add(Figure.RPC_P99, tool, Stats.percentileMicros(latencies, 99));
        results.add(Figure.RPC_IN_FLIGHT, tool, callsPerSecond);
    }

    void deleteTopology() throws Exception {
        RpcRoundTrip.deleteQueue(namespace + ".echo.$rpc");
    }
}
