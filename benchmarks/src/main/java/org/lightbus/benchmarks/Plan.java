package org.lightbus.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How much {@link Comparison} measures: the full run, or with {@code -Dbenchmark.quick=true} one short round of
 * everything, to check that it works.
 *
 * @param rounds
 *            rounds of every scenario, the order of the tools alternating from round to round
 * @param warmUp
 *            events or calls sent before each measurement, not counted
 * @param events
 *            events per measurement of end-to-end throughput
 * @param timedEvents
 *            events per measurement of end-to-end latency, sent at {@link #RATE}
 * @param fanOutEvents
 *            events per measurement of the fan-out, each delivered to {@value FanOutScenario#SERVICES} services
 * @param sequentialCalls
 *            RPC calls one after the other, for their latency
 * @param inFlightCalls
 *            RPC calls with 64 in flight, for the throughput
 * @param deadLetters
 *            events whose listener always fails
 */
record Plan(int rounds, int warmUp, int events, int timedEvents, int fanOutEvents, int sequentialCalls,
        int inFlightCalls, int deadLetters) {

    static final int IN_FLIGHT = 64;

    /** Events per second of the measurements of end-to-end latency. */
    static final int RATE = 1_000;

    static Plan fromSystemProperties() {
        return Boolean.getBoolean("benchmark.quick") ? new Plan(1, 500, 2_000, 1_000, 1_000, 500, 2_000, 1_000)
                : new Plan(3, 5_000, 10_000, 3_000, 5_000, 2_000, 10_000, 1_000);
    }

    /**
     * The tools or ways of a scenario in the given order in odd rounds, reversed in even ones: the JIT keeps warming up
     * from round to round, so none is always first.
     */
    static <T> List<T> order(int round, List<T> items) {
        List<T> order = new ArrayList<>(items);
        if (round % 2 == 0) {
            Collections.reverse(order);
        }
        return order;
    }

    String describe() {
        return String.format(
                "%d round(s), each after a warm-up of %,d: %,d events at once, %,d at %,d/s; %,d to %d services x %d"
                        + " instances (after %,d); %,d sequential RPC calls, %,d with %d in flight; %,d events to a"
                        + " failing consumer",
                rounds, warmUp, events, timedEvents, RATE, fanOutEvents, FanOutScenario.SERVICES,
                FanOutScenario.INSTANCES, warmUp / 2, sequentialCalls, inFlightCalls, IN_FLIGHT, deadLetters);
    }
}
