package org.lightbus.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * End-to-end event throughput of four ways to consume the same events, measured in one run: an {@code @Observes @Bus}
 * listener method and an {@code @Incoming} method on a channel whose connector is {@code lightbus}, both fed by another
 * application's {@code EventPublisher}; SmallRye's own RabbitMQ connector, an {@code Emitter} and an {@code @Incoming}
 * method; and Spring AMQP, a {@code RabbitTemplate} and a {@code DirectMessageListenerContainer} ({@link Way}). The
 * same guarantees for all: persistent messages, quorum queues, publisher confirms, acknowledgements once the consumer
 * has returned.
 *
 * <p>
 * Reactive Messaging reads the process-wide configuration, so the ways run one after the other, each started afresh for
 * a round and warmed up with 2,000 events; then 10,000 events of about 100 bytes are sent at once, timed from the first
 * send to the last received. The order of the ways alternates from round to round. Prints each round, the median of the
 * rounds, and the ratio of each channel to the listener method. {@code -Dbenchmark.rounds}, {@code -Dbenchmark.events}
 * and {@code -Dbenchmark.warm-up} make a shorter run.
 *
 * <pre>
 * ./mvnw -Pbenchmark -pl benchmarks -am verify -DskipTests -Dbenchmark.main=org.lightbus.benchmarks.ChannelThroughput
 * </pre>
 */
public final class ChannelThroughput {

    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 5);
    private static final int EVENTS = Integer.getInteger("benchmark.events", 10_000);
    private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 2_000);

    private ChannelThroughput() {
    }

    public static void main(String[] args) throws Exception {
        // the applications' start and stop messages, fifteen times over, would hide the figures
        Logger.getLogger("").setLevel(Level.WARNING);
        String namespace = "bench-ch-" + UUID.randomUUID().toString().substring(0, 8);
        int size = new ObjectMapper().writeValueAsBytes(new BenchApi.Ping(EVENTS - 1, Source.PADDING)).length;
        Map<Way, List<Double>> rates = new EnumMap<>(Way.class);
        try (Broker broker = new Broker()) {
            System.out.printf("Channel throughput, %,d events of %d bytes of JSON per round after %,d to warm up,"
                    + " %d rounds; persistent, quorum queues, publisher confirms (1,024 in flight), prefetch 100,"
                    + " acked after the method returns%n", EVENTS, size, WARM_UP, ROUNDS);
            System.out.printf("%d cores, %s %s, %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name"), Runtime.version(), broker.version());
            try {
                for (int round = 1; round <= ROUNDS; round++) {
                    List<Way> order = new ArrayList<>(List.of(Way.values()));
                    if (round % 2 == 0) { // the JIT keeps warming up from round to round
                        Collections.reverse(order);
                    }
                    for (Way way : order) {
                        double rate = round(broker, namespace, way, round);
                        rates.computeIfAbsent(way, w -> new ArrayList<>()).add(rate);
                    }
                }
            } finally {
                Way.deleteTopology(broker, namespace);
            }
        }
        summary(rates);
    }

    private static double round(Broker broker, String namespace, Way way, int round) throws Exception {
        try (Rig rig = way.start(namespace)) {
            broker.awaitConsumer(rig.queue(), Duration.ofSeconds(30));
            rig.measure(WARM_UP);
            Rig.Measurement result = rig.measure(EVENTS);
            double rate = EVENTS * 1e9 / result.received().toNanos();
            System.out.printf(
                    "  round %d  %d %-38s %,7.0f events/s  (last received after %,5d ms,"
                            + " all confirmed after %,5d ms)%n",
                    round, way.ordinal() + 1, way.consumer(), rate, result.received().toMillis(),
                    result.confirmed().toMillis());
            return rate;
        } finally {
            // else the queue of this way's consumer would take copies of the next way's events too
            Way.deleteTopology(broker, namespace);
        }
    }

    private static void summary(Map<Way, List<Double>> rates) {
        System.out.printf("Median of %d rounds, received events/s end to end:%n", ROUNDS);
        double listener = Stats.median(rates.get(Way.BUS_LISTENER));
        for (Way way : Way.values()) {
            double median = Stats.median(rates.get(way));
            String ratio = way == Way.BUS_LISTENER ? "" : String.format("  %.2fx of 1", median / listener);
            System.out.printf("  %d %-38s %-15s %,7.0f events/s%s%n", way.ordinal() + 1, way.consumer(),
                    "(" + way.sender() + ")", median, ratio);
        }
    }
}
