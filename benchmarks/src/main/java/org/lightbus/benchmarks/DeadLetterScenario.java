package org.lightbus.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

import org.lightbus.testing.ReactiveApplication;

import io.smallrye.reactive.messaging.rabbitmq.RabbitMQConnector;

/**
 * Scenario 5 of {@link Comparison}: {@link Plan#deadLetters()} events whose consumer always fails, with one attempt,
 * sent at once after a warm-up of {@link Plan#warmUp()}: dead-lettered/s, from the first send until the last is in the
 * dead-letter queue. The bus with {@code max-attempts=1} ({@link FailureRouting}); SmallRye's RabbitMQ connector, whose
 * method nacks ({@link RabbitFailures}), and Spring AMQP, whose listener throws ({@link SpringFailures}), each on a
 * quorum queue that dead-letters to a quorum queue; PerfTest rejecting every message without requeueing it, its
 * receiving rate ({@link PerfTestBaseline#rejected}).
 */
final class DeadLetterScenario {

    private static final Duration WAIT = Duration.ofMinutes(5);

    /** A peer's publisher and failing consumer, running. */
    record Failing(IntFunction<CompletableFuture<Void>> send, AutoCloseable stop) {
    }

    private final Broker broker;
    private final Plan plan;
    private final String namespace;

    DeadLetterScenario(Broker broker, Plan plan, String namespace) {
        this.broker = broker;
        this.plan = plan;
        this.namespace = namespace;
    }

    void round(int round, Results results) throws Exception {
        List<Tool> order = Plan.order(round, List.of(Tool.LIGHTBUS, Tool.SMALLRYE, Tool.SPRING_AMQP, Tool.PERFTEST));
        for (Tool tool : order) {
            try {
                results.add(Figure.DEAD_LETTERED, tool, plan.deadLetters() / seconds(tool));
            } finally {
                deleteTopology();
            }
        }
    }

    private double seconds(Tool tool) throws Exception {
        return switch (tool) {
        case LIGHTBUS -> FailureRouting.measure(1, plan.deadLetters(), plan.warmUp()).seconds();
        case PERFTEST -> perfTest();
        default -> peer(tool);
        };
    }

    private double peer(Tool tool) throws Exception {
        Failing failing = tool == Tool.SMALLRYE ? smallRye()
                : SpringFailures.start(exchange(tool), queue(tool), deadLetterExchange(tool), deadLetterQueue(tool));
        try {
            broker.awaitConsumer(queue(tool), Duration.ofSeconds(30));
            send(failing, plan.warmUp(), deadLetterQueue(tool), plan.warmUp());
            return send(failing, plan.deadLetters(), deadLetterQueue(tool), plan.warmUp() + plan.deadLetters());
        } finally {
            failing.stop().close();
        }
    }

    /**
     * Sends {@code count} events and waits until the dead-letter queue holds {@code total}.
     *
     * @return the seconds from the first send until then
     */
    private double send(Failing failing, int count, String deadLetterQueue, int total) throws Exception {
        long start = System.nanoTime();
        failing.send().apply(count).join();
        broker.awaitMessages(deadLetterQueue, total, WAIT);
        return (System.nanoTime() - start) / 1e9;
    }

    private Failing smallRye() {
        RabbitChannels channels = RabbitChannels.in(namespace)
                .outgoing(RabbitFailures.OUTGOING, exchange(Tool.SMALLRYE))
                .incoming(RabbitFailures.INCOMING, exchange(Tool.SMALLRYE), queue(Tool.SMALLRYE));
        for (String[] attribute : new String[][] { { "failure-strategy", "reject" }, { "auto-bind-dlq", "true" },
                { "dlx.declare", "true" }, { "dead-letter-exchange", deadLetterExchange(Tool.SMALLRYE) },
                { "dead-letter-queue-name", deadLetterQueue(Tool.SMALLRYE) },
                { "dead-letter-queue-type", "quorum" } }) {
            channels.with(RabbitFailures.INCOMING, attribute[0], attribute[1]);
        }
        ReactiveApplication application = ReactiveApplication.start(channels.toMap(),
                new Class<?>[] { RabbitMQConnector.class }, RabbitFailures.class);
        return new Failing(application.bean(RabbitFailures.class)::sendAll, application::close);
    }

    /** PerfTest's warm-up, then its receiving rate, once all rejected messages are in the dead-letter queue. */
    private double perfTest() throws Exception {
        broker.declareFanOut(deadLetterExchange(Tool.PERFTEST), deadLetterQueue(Tool.PERFTEST));
        PerfTestBaseline.rejected(queue(Tool.PERFTEST), deadLetterExchange(Tool.PERFTEST), plan.warmUp());
        double rate = PerfTestBaseline
                .rejected(queue(Tool.PERFTEST), deadLetterExchange(Tool.PERFTEST), plan.deadLetters()).received();
        broker.awaitMessages(deadLetterQueue(Tool.PERFTEST), plan.warmUp() + plan.deadLetters(), WAIT);
        return plan.deadLetters() / rate;
    }

    private String exchange(Tool tool) {
        return namespace + "." + switch (tool) {
        case SMALLRYE -> "smallrye";
        case SPRING_AMQP -> "spring";
        default -> "perftest";
        } + "-failing";
    }

    private String queue(Tool tool) {
        return exchange(tool) + ".pings";
    }

    private String deadLetterExchange(Tool tool) {
        return exchange(tool) + ".dlx";
    }

    private String deadLetterQueue(Tool tool) {
        return queue(tool) + ".dlq";
    }

    /** Deletes the queues and exchanges of the peers, those that exist; the bus's are in a namespace of their own. */
    void deleteTopology() throws Exception {
        List<String> queues = new ArrayList<>();
        List<String> exchanges = new ArrayList<>();
        for (Tool tool : List.of(Tool.SMALLRYE, Tool.SPRING_AMQP, Tool.PERFTEST)) {
            queues.addAll(List.of(queue(tool), deadLetterQueue(tool)));
            exchanges.addAll(List.of(exchange(tool), deadLetterExchange(tool)));
        }
        queues.add(namespace + ".$directory"); // SmallRye's application runs the bus's extension too
        exchanges.add(namespace + ".$schemas");
        broker.delete(queues, exchanges);
    }
}
