package org.lightbus.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.springframework.amqp.AmqpRejectAndDontRequeueException;

/**
 * The whole comparison in one run: the bus against the tools users would pick instead and against the broker's limit,
 * on the local RabbitMQ, every scenario in several rounds whose order of tools alternates, after a warm-up; prints the
 * median of each figure for each tool with its ratio to RabbitMQ PerfTest and to the best peer, writes the same as CSV
 * ({@code target/comparison.csv}) and as a chart ({@code target/comparison.png}). {@code -Dbenchmark.quick=true} runs
 * one short round of everything ({@link Plan}).
 *
 * <pre>
 * ./mvnw -Pbenchmark -pl benchmarks -am verify -DskipTests
 * </pre>
 */
public final class Comparison {

    /** Held, so that its filter stays: it drops scenario 5's thousands of expected dead-letterings (LBUS03506). */
    private static final Logger CONNECTOR = Logger.getLogger("org.lightbus.connector.rabbitmq");

    /**
     * Held, so that its filter stays: it drops the warnings of listeners that start before the application that owns
     * the API has published its schema (LBUS02507), as the scenarios start them.
     */
    private static final Logger RUNTIME = Logger.getLogger("org.lightbus");

    /** Held, so that its filter stays: it drops scenario 5's expected rejects through SmallRye (SRMSG17013). */
    private static final Logger SMALLRYE = Logger.getLogger("io.smallrye.reactive.messaging.rabbitmq");

    /** Held, so that its filter stays: it drops scenario 5's expected failures of Spring AMQP's listener. */
    private static final Logger SPRING = Logger
            .getLogger("org.springframework.amqp.rabbit.listener.DirectMessageListenerContainer");

    private Comparison() {
    }

    public static void main(String[] args) throws Exception {
        // the applications' start and stop messages, dozens of times over, would hide the figures
        Logger.getLogger("").setLevel(Level.WARNING);
        CONNECTOR.setFilter(record -> record.getMessage() == null || !record.getMessage().contains("LBUS03506"));
        RUNTIME.setFilter(record -> record.getMessage() == null || !record.getMessage().contains("LBUS02507"));
        SMALLRYE.setFilter(record -> record.getMessage() == null || !record.getMessage().contains("SRMSG17013"));
        SPRING.setFilter(record -> !(record.getThrown() != null
                && record.getThrown().getCause() instanceof AmqpRejectAndDontRequeueException));
        System.setProperty("java.awt.headless", "true");
        Plan plan = Plan.fromSystemProperties();
        String namespace = "bench-cmp-" + UUID.randomUUID().toString().substring(0, 8);
        Results results = new Results();
        Profiler profiler = new Profiler(plan.rounds());
        Machine machine;
        long start = System.nanoTime();
        try (Broker broker = new Broker()) {
            machine = Machine.current(broker);
            System.out
                    .printf("Comparison on %s%n%s; JSON events of 100 B and 1 KB, persistent, quorum queues, publisher"
                            + " confirms, manual acks, prefetch 100%n", machine.describe(), plan.describe());
            EventScenario events = new EventScenario(broker, plan, namespace, profiler);
            FanOutScenario fanOut = new FanOutScenario(broker, plan, namespace);
            RpcScenario rpc = new RpcScenario(plan, namespace, profiler);
            PublishScenario publish = new PublishScenario(broker, plan, namespace, profiler);
            DeadLetterScenario deadLetters = new DeadLetterScenario(broker, plan, namespace);
            try {
                for (int round = 1; round <= plan.rounds(); round++) {
                    System.out.printf("  round %d of %d ...%n", round, plan.rounds());
                    profiler.round(round);
                    events.round(round, results);
                    fanOut.round(round, results);
                    publish.round(round, results);
                    rpc.round(round, results);
                    deadLetters.round(round, results);
                }
            } finally {
                events.deleteTopology();
                fanOut.deleteTopology();
                rpc.deleteTopology();
                deadLetters.deleteTopology();
            }
        }
        List<Results.Row> rows = results.rows();
        System.out.printf("Medians after %.0f s (/PerfTest: the median over PerfTest's; /best peer: over the best of"
                + " SmallRye, Spring AMQP and the plain client, higher is better for rates, lower for latencies):%n",
                (System.nanoTime() - start) / 1e9);
        Report.print(rows, System.out);
        Target.print(results, System.out);
        Path csv = Path.of(System.getProperty("benchmark.output", "target"), "comparison.csv");
        Report.writeCsv(rows, machine, csv);
        Path png = csv.resolveSibling("comparison.png");
        Chart.write(rows, machine, "Lightbus comparison, medians", png);
        System.out.printf("Written: %s, %s%n", csv, png);
        profiler.print(System.out);
    }
}
