package org.lightbus.benchmarks;

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
 * @param sequentialCalls
 *            RPC calls one after the other, for their latency
 * @param inFlightCalls
 *            RPC calls with 64 in flight, for the throughput
 * @param deadLetters
 *            events whose listener always fails
 */
record Plan(int rounds, int warmUp, int events, int timedEvents, int sequentialCalls, int inFlightCalls,
        int deadLetters) {

    static final int IN_FLIGHT = 64;

    /** Events per second of the measurements of end-to-end latency. */
    static final int RATE = 1_000;

    static Plan fromSystemProperties() {
        return Boolean.getBoolean("benchmark.quick") ? new Plan(1, 500, 2_000, 1_000, 500, 2_000, 1_000)
                : new Plan(3, 2_000, 10_000, 3_000, 2_000, 10_000, 1_000);
    }

    String describe() {
        return String.format(
                "%d round(s), each after a warm-up of %,d: %,d events at once, %,d at %,d/s; %,d sequential RPC"
                        + " calls, %,d with %d in flight; %,d events to a failing listener",
                rounds, warmUp, events, timedEvents, RATE, sequentialCalls, inFlightCalls, IN_FLIGHT, deadLetters);
    }
}
