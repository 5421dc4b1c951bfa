package org.lightbus.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * Scenarios 1 and 3 of {@link Comparison}: events from one application to one consumer in another, each way of
 * {@link Way} started afresh, warmed up, then {@link Plan#events()} of about 100 bytes and as many of about 1 KB sent
 * at once, timed until all were confirmed and until the consumer received the last, and {@link Plan#timedEvents()} of
 * each size sent at {@link Plan#RATE}, each timed from its send call to the consumer; and RabbitMQ PerfTest with the
 * same settings.
 */
final class EventScenario {

    /** A size of event and its figures. */
    private enum Size {
        SMALL(Source.PADDING, 100, Figure.EVENTS_RECEIVED, Figure.EVENTS_CONFIRMED, Figure.LATENCY_P50,
                Figure.LATENCY_P99),
        LARGE(Source.PADDING_1K, 1_024, Figure.EVENTS_RECEIVED_1K, Figure.EVENTS_CONFIRMED_1K, Figure.LATENCY_1K_P50,
                Figure.LATENCY_1K_P99);

        final String padding;
        /** PerfTest's message size. */
        final int bytes;
        final Figure received;
        final Figure confirmed;
        final Figure p50;
        final Figure p99;

        Size(String padding, int bytes, Figure received, Figure confirmed, Figure p50, Figure p99) {
            this.padding = padding;
            this.bytes = bytes;
            this.received = received;
            this.confirmed = confirmed;
            this.p50 = p50;
            this.p99 = p99;
        }
    }

    private final Broker broker;
    private final Plan plan;
    private final String namespace;
    private final Profiler profiler;

    EventScenario(Broker broker, Plan plan, String namespace, Profiler profiler) {
        this.broker = broker;
        this.plan = plan;
        this.namespace = namespace;
        this.profiler = profiler;
    }

    void round(int round, Results results) throws Exception {
        List<Way> order = Plan.order(round, List.of(Way.values()));
        for (Way way : order) {
            try (Rig rig = way.start(namespace)) {
                broker.awaitConsumer(rig.queue(), Duration.ofSeconds(30));
                rig.measure(plan.warmUp());
                for (Size size : sizes(round)) {
                    measure(rig, tool(way), size, results);
                }
            }
            // else the queue of this way's consumer would take copies of the next way's events too
            Way.deleteTopology(broker, namespace);
        }
        for (Size size : sizes(round)) {
            perfTest(size, results);
        }
    }

    /** Which size goes first alternates too. */
    private static List<Size> sizes(int round) {
        return round % 2 == 1 ? List.of(Size.SMALL, Size.LARGE) : List.of(Size.LARGE, Size.SMALL);
    }

    private void measure(Rig rig, Tool tool, Size size, Results results) throws Exception {
        rig.padding().accept(size.padding);
        Rig.Measurement result = tool == Tool.LIGHTBUS && size == Size.SMALL
                ? profiler.record("events-end-to-end", () -> rig.measure(plan.events())) : rig.measure(plan.events());
        results.add(size.received, tool, perSecond(result.received()));
        if (tool != Tool.LIGHTBUS_CONNECTOR) { // the same publisher as the bus's listener's
            results.add(size.confirmed, tool, perSecond(result.confirmed()));
        }
        long[] latencies = tool == Tool.LIGHTBUS && size == Size.SMALL
                ? profiler.record("latency", () -> rig.latencies(plan.timedEvents(), Plan.RATE))
                : rig.latencies(plan.timedEvents(), Plan.RATE);
        results.add(size.p50, tool, Stats.percentileMicros(latencies, 50));
        results.add(size.p99, tool, Stats.percentileMicros(latencies, 99));
    }

    private void perfTest(Size size, Results results) {
        PerfTestBaseline.Rates rates = PerfTestBaseline.rates(perfTestQueue(), plan.events(), size.bytes);
        results.add(size.received, Tool.PERFTEST, rates.received());
        results.add(size.confirmed, Tool.PERFTEST, rates.sent());
        PerfTestBaseline.Percentiles latency = PerfTestBaseline.latency(perfTestQueue(), plan.timedEvents(), size.bytes,
                Plan.RATE);
        results.add(size.p50, Tool.PERFTEST, latency.p50());
        results.add(size.p99, Tool.PERFTEST, latency.p99());
    }

    void deleteTopology() throws Exception {
        Way.deleteTopology(broker, namespace);
        broker.delete(List.of(perfTestQueue()), List.of());
    }

    private String perfTestQueue() {
        return namespace + ".perftest";
    }

    private double perSecond(Duration duration) {
        return plan.events() * 1e9 / duration.toNanos();
    }

    private static Tool tool(Way way) {
        return switch (way) {
        case BUS_LISTENER -> Tool.LIGHTBUS;
        case BUS_CHANNEL -> Tool.LIGHTBUS_CONNECTOR;
        case SMALLRYE_RABBITMQ -> Tool.SMALLRYE;
        case SPRING_AMQP -> Tool.SPRING_AMQP;
        };
    }
}
