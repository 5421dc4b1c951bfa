package org.lightbus.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Scenarios 1 and 3 of {@link Comparison}: events from one application to one consumer in another, each way of
 * {@link Way} started afresh, warmed up, then {@link Plan#events()} of about 100 bytes and as many of about 1 KB sent
 * at once, timed until all were confirmed and until the consumer received the last; and RabbitMQ PerfTest with the same
 * settings.
 */
final class EventScenario {

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
        List<Way> order = new ArrayList<>(List.of(Way.values()));
        if (round % 2 == 0) { // the JIT keeps warming up from round to round
            Collections.reverse(order);
        }
        for (Way way : order) {
            try (Rig rig = way.start(namespace)) {
                broker.awaitConsumer(rig.queue(), Duration.ofSeconds(30));
                rig.measure(plan.warmUp());
                // which size goes first alternates too
                for (boolean small : round % 2 == 1 ? new boolean[] { true, false } : new boolean[] { false, true }) {
                    if (small) {
                        measure(rig, tool(way), Source.PADDING, Figure.EVENTS_RECEIVED, Figure.EVENTS_CONFIRMED,
                                results);
                    } else {
                        measure(rig, tool(way), Source.PADDING_1K, Figure.EVENTS_RECEIVED_1K,
                                Figure.EVENTS_CONFIRMED_1K, results);
                    }
                }
            }
            // else the queue of this way's consumer would take copies of the next way's events too
            Way.deleteTopology(broker, namespace);
        }
        perfTest(100, Figure.EVENTS_RECEIVED, Figure.EVENTS_CONFIRMED, results);
        perfTest(1_024, Figure.EVENTS_RECEIVED_1K, Figure.EVENTS_CONFIRMED_1K, results);
    }

    private void measure(Rig rig, Tool tool, String padding, Figure received, Figure confirmed, Results results)
            throws Exception {
        rig.padding().accept(padding);
        Rig.Measurement result = tool == Tool.LIGHTBUS && received == Figure.EVENTS_RECEIVED
                ? profiler.record("events-end-to-end", () -> rig.measure(plan.events())) : rig.measure(plan.events());
        results.add(received, tool, perSecond(result.received()));
        if (tool != Tool.LIGHTBUS_CONNECTOR) { // the same publisher as the bus's listener's
            results.add(confirmed, tool, perSecond(result.confirmed()));
        }
    }

    private void perfTest(int size, Figure received, Figure confirmed, Results results) {
        PerfTestBaseline.Rates perfTest = PerfTestBaseline.rates(perfTestQueue(), plan.events(), size);
        results.add(received, Tool.PERFTEST, perfTest.received());
        results.add(confirmed, Tool.PERFTEST, perfTest.sent());
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
