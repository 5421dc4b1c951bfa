package org.lightbus.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Scenarios 1 and 3 of {@link Comparison}: events from one application to one consumer in another, each way of
 * {@link Way} started afresh, warmed up, then {@link Plan#events()} sent at once, timed until all were confirmed and
 * until the consumer received the last; and RabbitMQ PerfTest with the same settings.
 */
final class EventScenario {

    private final Broker broker;
    private final Plan plan;
    private final String namespace;

    EventScenario(Broker broker, Plan plan, String namespace) {
        this.broker = broker;
        this.plan = plan;
        this.namespace = namespace;
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
                Rig.Measurement result = rig.measure(plan.events());
                results.add(Figure.EVENTS_RECEIVED, tool(way), perSecond(result.received()));
                if (way != Way.BUS_CHANNEL) { // the same publisher as BUS_LISTENER's
                    results.add(Figure.EVENTS_CONFIRMED, tool(way), perSecond(result.confirmed()));
                }
            }
            // else the queue of this way's consumer would take copies of the next way's events too
            Way.deleteTopology(broker, namespace);
        }
        PerfTestBaseline.Rates perfTest = PerfTestBaseline.rates(perfTestQueue(), plan.events());
        results.add(Figure.EVENTS_RECEIVED, Tool.PERFTEST, perfTest.received());
        results.add(Figure.EVENTS_CONFIRMED, Tool.PERFTEST, perfTest.sent());
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
