package org.lightbus.benchmarks;

import java.util.List;

import org.lightbus.testing.BusApplication;

/**
 * Scenario 4 of {@link Comparison}: RPC round trips of calls of 100 bytes and of 1 KB (JSON, echoed), sequential (p50,
 * p99) and with {@value Plan#IN_FLIGHT} in flight (calls/s), through the bus ({@link RpcRoundTrip}), Spring AMQP
 * ({@link SpringRpc}) and a plain amqp-client ({@link PlainRpcBaseline}); each started afresh for a round and warmed
 * up.
 */
final class RpcScenario {

    private final Plan plan;
    private final String namespace;
    private final Profiler profiler;

    RpcScenario(Plan plan, String namespace, Profiler profiler) {
        this.plan = plan;
        this.namespace = namespace;
        this.profiler = profiler;
    }

    void round(int round, Results results) throws Exception {
        List<Tool> order = Plan.order(round, List.of(Tool.LIGHTBUS, Tool.SPRING_AMQP, Tool.PLAIN_CLIENT));
        for (Tool tool : order) {
            switch (tool) {
            case LIGHTBUS -> lightbus(results);
            case SPRING_AMQP -> spring(results);
            default -> plain(results);
            }
        }
    }

    /** The figures of one size of call: sequential p50 and p99, calls/s in flight. */
    private enum Size {
        SMALL(100, Figure.RPC_P50, Figure.RPC_P99, Figure.RPC_IN_FLIGHT),
        LARGE(1_024, Figure.RPC_1K_P50, Figure.RPC_1K_P99, Figure.RPC_1K_IN_FLIGHT);

        private final int bytes;
        private final Figure p50;
        private final Figure p99;
        private final Figure inFlight;

        Size(int bytes, Figure p50, Figure p99, Figure inFlight) {
            this.bytes = bytes;
            this.p50 = p50;
            this.p99 = p99;
            this.inFlight = inFlight;
        }
    }

    private void lightbus(Results results) throws Exception {
        try (BusApplication server = BusApplication.named("echo-server").in(namespace).with(EchoService.class).start();
                BusApplication client = BusApplication.named("echo-client").in(namespace).with(EchoClient.class)
                        .start()) {
            EchoApi echo = client.bean(EchoClient.class).echo();
            RpcRoundTrip.sequential(echo, plan.warmUp(), Size.SMALL.bytes);
            RpcRoundTrip.inFlight(echo, plan.warmUp(), Size.SMALL.bytes);
            long[] latencies = profiler.record("rpc-sequential",
                    () -> RpcRoundTrip.sequential(echo, plan.sequentialCalls(), Size.SMALL.bytes));
            double callsPerSecond = profiler.record("rpc-in-flight",
                    () -> RpcRoundTrip.inFlight(echo, plan.inFlightCalls(), Size.SMALL.bytes));
            add(results, Tool.LIGHTBUS, Size.SMALL, latencies, callsPerSecond);
            add(results, Tool.LIGHTBUS, Size.LARGE,
                    RpcRoundTrip.sequential(echo, plan.sequentialCalls(), Size.LARGE.bytes),
                    RpcRoundTrip.inFlight(echo, plan.inFlightCalls(), Size.LARGE.bytes));
        }
    }

    private void spring(Results results) throws Exception {
        try (SpringRpc rpc = new SpringRpc()) {
            rpc.sequential(plan.warmUp(), Size.SMALL.bytes);
            rpc.inFlight(plan.warmUp(), Plan.IN_FLIGHT, Size.SMALL.bytes);
            for (Size size : Size.values()) {
                add(results, Tool.SPRING_AMQP, size, rpc.sequential(plan.sequentialCalls(), size.bytes),
                        rpc.inFlight(plan.inFlightCalls(), Plan.IN_FLIGHT, size.bytes));
            }
        }
    }

    private void plain(Results results) throws Exception {
        for (Size size : Size.values()) {
            PlainRpcBaseline.Latency latency = PlainRpcBaseline.sequential(plan.sequentialCalls(), size.bytes);
            results.add(size.p50, Tool.PLAIN_CLIENT, latency.p50Micros());
            results.add(size.p99, Tool.PLAIN_CLIENT, latency.p99Micros());
            results.add(size.inFlight, Tool.PLAIN_CLIENT,
                    PlainRpcBaseline.inFlight(plan.inFlightCalls(), Plan.IN_FLIGHT, size.bytes).callsPerSecond());
        }
    }

    private static void add(Results results, Tool tool, Size size, long[] latencies, double callsPerSecond) {
        results.add(size.p50, tool, Stats.percentileMicros(latencies, 50));
        results.add(size.p99, tool, Stats.percentileMicros(latencies, 99));
        results.add(size.inFlight, tool, callsPerSecond);
    }

    void deleteTopology() throws Exception {
        RpcRoundTrip.deleteQueue(namespace + ".echo.$rpc");
    }
}
