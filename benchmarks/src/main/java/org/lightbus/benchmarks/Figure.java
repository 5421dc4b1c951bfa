package org.lightbus.benchmarks;

/** One row of {@link Comparison}'s table: a figure of one of the scenarios of the comparison. */
enum Figure {

    EVENTS_RECEIVED("1", "events end to end, 100 B", "consumed/s", true),
    EVENTS_RECEIVED_1K("1", "events end to end, 1 KB", "consumed/s", true),
    LATENCY_P50("1", "latency at 1,000/s, 100 B, p50", "µs", false),
    LATENCY_P99("1", "latency at 1,000/s, 100 B, p99", "µs", false),
    LATENCY_1K_P50("1", "latency at 1,000/s, 1 KB, p50", "µs", false),
    LATENCY_1K_P99("1", "latency at 1,000/s, 1 KB, p99", "µs", false),
    FAN_OUT("2", "5 services × 2 instances, 100 B", "deliveries/s", true),
    FAN_OUT_1K("2", "5 services × 2 instances, 1 KB", "deliveries/s", true),
    EVENTS_CONFIRMED("3", "async publish, 100 B, all confirmed", "calls/s", true),
    EVENTS_CONFIRMED_1K("3", "async publish, 1 KB, all confirmed", "calls/s", true),
    FIRE_1("3", "fire() | send, join, 1 thread", "calls/s", true),
    FIRE_1_P50("3", "fire() | send, join, 1 thread, p50", "µs", false),
    FIRE_1_P99("3", "fire() | send, join, 1 thread, p99", "µs", false),
    FIRE_16("3", "fire() | send, join, 16 threads", "calls/s", true),
    FIRE_16_P50("3", "fire() | send, join, 16 thr., p50", "µs", false),
    FIRE_16_P99("3", "fire() | send, join, 16 thr., p99", "µs", false),
    FIRE_ASYNC("3", "fireAsync(), all at once", "calls/s", true),
    FIRE_ASYNC_P50("3", "fireAsync(), all at once, p50", "µs", false),
    FIRE_ASYNC_P99("3", "fireAsync(), all at once, p99", "µs", false),
    FIRE_ASYNC_POOLED("3", "fireAsync(), pooled executor", "calls/s", true),
    FIRE_ASYNC_POOLED_P50("3", "fireAsync(), pooled executor, p50", "µs", false),
    FIRE_ASYNC_POOLED_P99("3", "fireAsync(), pooled executor, p99", "µs", false),
    PUBLISH("3", "publish() | send, all at once", "calls/s", true),
    PUBLISH_P50("3", "publish() | send, all at once, p50", "µs", false),
    PUBLISH_P99("3", "publish() | send, all at once, p99", "µs", false),
    RPC_P50("4", "RPC sequential, 100 B, p50", "µs", false), RPC_P99("4", "RPC sequential, 100 B, p99", "µs", false),
    RPC_IN_FLIGHT("4", "RPC 64 in flight, 100 B", "calls/s", true),
    RPC_1K_P50("4", "RPC sequential, 1 KB, p50", "µs", false),
    RPC_1K_P99("4", "RPC sequential, 1 KB, p99", "µs", false),
    RPC_1K_IN_FLIGHT("4", "RPC 64 in flight, 1 KB", "calls/s", true),
    DEAD_LETTERED("5", "failing consumer, one attempt", "dead-lettered/s", true);

    private final String scenario;
    private final String label;
    private final String unit;
    private final boolean higherIsBetter;

    Figure(String scenario, String label, String unit, boolean higherIsBetter) {
        this.scenario = scenario;
        this.label = label;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
    }

    String scenario() {
        return scenario;
    }

    String label() {
        return label;
    }

    String unit() {
        return unit;
    }

    /** Which of two values is better: the higher for rates, the lower for latencies. */
    double best(double a, double b) {
        return higherIsBetter ? Math.max(a, b) : Math.min(a, b);
    }
}
