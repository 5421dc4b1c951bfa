package org.lightbus.benchmarks;

import java.io.PrintStream;
import java.util.Locale;

/**
 * What {@link Comparison} holds the bus to: each target a ratio of one of the bus's medians to a reference median, at
 * least or at most a bound. Printed after the table as met or missed, each missed one with the name of the profile that
 * shows where the bus's time goes ({@link Profiler}).
 */
enum Target {

    EVENTS("events end to end, 100 B, at least 0.9x PerfTest", Figure.EVENTS_RECEIVED, Figure.EVENTS_RECEIVED,
            Tool.PERFTEST, 0.9, "events-end-to-end"),
    EVENTS_1K("events end to end, 1 KB, at least 0.9x PerfTest", Figure.EVENTS_RECEIVED_1K, Figure.EVENTS_RECEIVED_1K,
            Tool.PERFTEST, 0.9, "events-end-to-end"),
    EVENTS_PEERS("events end to end, 100 B, ahead of the best peer", Figure.EVENTS_RECEIVED, Figure.EVENTS_RECEIVED,
            null, 1.0, "events-end-to-end"),
    EVENTS_1K_PEERS("events end to end, 1 KB, ahead of the best peer", Figure.EVENTS_RECEIVED_1K,
            Figure.EVENTS_RECEIVED_1K, null, 1.0, "events-end-to-end"),
    LATENCY("latency at 1,000/s, 100 B, p99 at most 2x PerfTest's", Figure.LATENCY_P99, Figure.LATENCY_P99,
            Tool.PERFTEST, 2.0, "latency"),
    LATENCY_1K("latency at 1,000/s, 1 KB, p99 at most 2x PerfTest's", Figure.LATENCY_1K_P99, Figure.LATENCY_1K_P99,
            Tool.PERFTEST, 2.0, "latency"),
    FIRE_ASYNC("fireAsync(), Weld SE's default executor, at least 0.5x PerfTest's sending rate", Figure.FIRE_ASYNC,
            Figure.PUBLISH, Tool.PERFTEST, 0.5, "fireAsync"),
    FIRE_ASYNC_POOLED("fireAsync(), pooled executor, at least 0.5x PerfTest's sending rate", Figure.FIRE_ASYNC_POOLED,
            Figure.PUBLISH, Tool.PERFTEST, 0.5, "fireAsync-pooled"),
    RPC_P50("RPC sequential p50, 100 B, at most 1.2x the plain client's", Figure.RPC_P50, Figure.RPC_P50,
            Tool.PLAIN_CLIENT, 1.2, "rpc-sequential"),
    RPC_IN_FLIGHT("RPC 64 in flight, 100 B, at least 0.9x the plain client", Figure.RPC_IN_FLIGHT, Figure.RPC_IN_FLIGHT,
            Tool.PLAIN_CLIENT, 0.9, "rpc-in-flight"),
    RPC_P50_SPRING("RPC sequential p50, 100 B, ahead of Spring AMQP", Figure.RPC_P50, Figure.RPC_P50, Tool.SPRING_AMQP,
            1.0, "rpc-sequential"),
    RPC_IN_FLIGHT_SPRING("RPC 64 in flight, 100 B, ahead of Spring AMQP", Figure.RPC_IN_FLIGHT, Figure.RPC_IN_FLIGHT,
            Tool.SPRING_AMQP, 1.0, "rpc-in-flight");

    private final String label;
    private final Figure figure;
    private final Figure reference;
    private final Tool referenceTool;
    private final double bound;
    private final String profile;

    /**
     * @param referenceTool
     *            whose median of the reference figure the bus's is divided by; {@code null} for the best peer's
     * @param bound
     *            the ratio to reach: at least it for rates, at most it for latencies
     */
    Target(String label, Figure figure, Figure reference, Tool referenceTool, double bound, String profile) {
        this.label = label;
        this.figure = figure;
        this.reference = reference;
        this.referenceTool = referenceTool;
        this.bound = bound;
        this.profile = profile;
    }

    /** The bus's median over the reference; NaN where a median is missing. */
    double ratio(Results results) {
        double reference = referenceTool == null ? results.bestPeer(this.reference)
                : results.median(this.reference, referenceTool);
        return results.median(figure, Tool.LIGHTBUS) / reference;
    }

    boolean met(double ratio) {
        return figure.best(ratio, bound) == ratio;
    }

    /** Prints every target, met or missed, with its ratio. */
    static void print(Results results, PrintStream out) {
        out.printf("%nTargets:%n");
        for (Target target : values()) {
            double ratio = target.ratio(results);
            if (Double.isNaN(ratio)) {
                out.printf("  not measured  %s%n", target.label);
            } else if (target.met(ratio)) {
                out.printf(Locale.ROOT, "  met     %5.2fx %s%n", ratio, target.label);
            } else {
                out.printf(Locale.ROOT, "  MISSED  %5.2fx %s (profile: %s)%n", ratio, target.label, target.profile);
            }
        }
    }
}
