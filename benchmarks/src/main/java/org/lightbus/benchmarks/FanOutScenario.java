package org.lightbus.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import org.lightbus.testing.BusApplication;
import org.lightbus.testing.ReactiveApplication;

import io.smallrye.reactive.messaging.rabbitmq.RabbitMQConnector;

/**
 * Scenario 2 of {@link Comparison}, the bus's shape: one publisher, {@value #SERVICES} services that each have a quorum
 * queue bound to the event, and {@value #INSTANCES} instances of each competing on it. {@link Plan#events()} of about
 * 100 bytes and as many of about 1 KB sent at once, after a warm-up: all deliveries over the time from the first send
 * until the last delivery. Each tool is started afresh for a round, and its queues and exchanges deleted afterwards.
 *
 * <p>
 * The bus runs every instance as an application of its own. SmallRye's RabbitMQ connector runs in one application: an
 * incoming channel per service with {@code concurrency=2}, which gives each copy of the channel a connection and a
 * consumer of its own, as two instances would have (and starting ten containers would only take longer). Spring AMQP
 * runs two containers per queue, each with a connection of its own ({@link SpringFanOut}); PerfTest a fanout exchange
 * with two consumers per queue ({@link PerfTestBaseline#fanOut}).
 */
final class FanOutScenario {

    static final int SERVICES = 5;
    static final int INSTANCES = 2;

    private static final Duration START = Duration.ofSeconds(30);

    private final Broker broker;
    private final Plan plan;
    private final String namespace;

    FanOutScenario(Broker broker, Plan plan, String namespace) {
        this.broker = broker;
        this.plan = plan;
        this.namespace = namespace;
    }

    /** A rig whose consumers count into {@code deliveries}: each event sent is delivered once to every service. */
    static Rig rig(LongFunction<CompletableFuture<?>> send, Consumer<String> padding, Arrivals deliveries,
            List<AutoCloseable> applications) {
        return new Rig("", send, padding, deliveries, SERVICES, applications);
    }

    void round(int round, Results results) throws Exception {
        List<Tool> order = Plan.order(round, List.of(Tool.LIGHTBUS, Tool.SMALLRYE, Tool.SPRING_AMQP));
        for (Tool tool : order) {
            Arrivals deliveries = new Arrivals();
            try (Rig rig = start(tool, deliveries)) {
                for (int service = 1; service <= SERVICES; service++) {
                    broker.awaitConsumers(queue(tool, service), INSTANCES, START);
                }
                rig.measure(plan.warmUp() / 2);
                for (boolean small : round % 2 == 1 ? new boolean[] { true, false } : new boolean[] { false, true }) {
                    rig.padding().accept(small ? Source.PADDING : Source.PADDING_1K);
                    Rig.Measurement measurement = rig.measure(plan.fanOutEvents());
                    results.add(small ? Figure.FAN_OUT : Figure.FAN_OUT_1K, tool,
                            plan.fanOutEvents() * SERVICES * 1e9 / measurement.received().toNanos());
                }
            } finally {
                deleteTopology();
            }
        }
        try {
            results.add(Figure.FAN_OUT, Tool.PERFTEST, perfTest(100));
            results.add(Figure.FAN_OUT_1K, Tool.PERFTEST, perfTest(1_024));
        } finally {
            deleteTopology();
        }
    }

    private double perfTest(int size) {
        return PerfTestBaseline.fanOut(exchange(Tool.PERFTEST), SERVICES, INSTANCES, plan.fanOutEvents(), size)
                .received();
    }

    private Rig start(Tool tool, Arrivals deliveries) {
        return switch (tool) {
        case LIGHTBUS -> lightbus(deliveries);
        case SMALLRYE -> smallRye(deliveries);
        default -> SpringFanOut.start(namespace, deliveries);
        };
    }

    /**
     * Starts the publisher first, so that the listeners find the schema of its API, then the listeners one after the
     * other.
     */
    private Rig lightbus(Arrivals deliveries) {
        List<AutoCloseable> applications = new ArrayList<>();
        BusApplication publisher = Way.publisher(namespace);
        applications.add(publisher);
        try {
            for (int service = 1; service <= SERVICES; service++) {
                for (int instance = 1; instance <= INSTANCES; instance++) {
                    BusApplication listener = BusApplication.named(service(service)).in(namespace)
                            .with(FanOutSink.class).config("lightbus.listener.prefetch", "100").start();
                    applications.add(0, listener);
                    listener.bean(FanOutSink.class).countInto(deliveries);
                }
            }
        } catch (RuntimeException e) {
            close(applications, e);
            throw e;
        }
        Source source = publisher.bean(Source.class);
        return rig(source::publish, source::padding, deliveries, applications);
    }

    private static void close(List<AutoCloseable> applications, Exception failure) {
        for (AutoCloseable application : applications) {
            try {
                application.close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }

    private Rig smallRye(Arrivals deliveries) {
        String exchange = exchange(Tool.SMALLRYE);
        RabbitChannels channels = RabbitChannels.in(namespace).outgoing(RabbitFanOut.OUTGOING, exchange);
        for (int service = 1; service <= SERVICES; service++) {
            String channel = RabbitFanOut.INCOMING + service;
            channels.incoming(channel, exchange, queue(Tool.SMALLRYE, service)).with(channel, "concurrency",
                    String.valueOf(INSTANCES));
        }
        ReactiveApplication application = ReactiveApplication.start(channels.toMap(),
                new Class<?>[] { RabbitMQConnector.class }, RabbitFanOut.class);
        RabbitFanOut fanOut = application.bean(RabbitFanOut.class);
        fanOut.countInto(deliveries);
        return rig(fanOut::send, fanOut::padding, deliveries, List.of(application));
    }

    private String exchange(Tool tool) {
        return switch (tool) {
        case LIGHTBUS -> namespace + ".bench";
        case SMALLRYE -> namespace + ".smallrye-fan-out";
        case SPRING_AMQP -> SpringFanOut.exchange(namespace);
        default -> namespace + ".perftest-fan-out";
        };
    }

    private String queue(Tool tool, int service) {
        return tool == Tool.LIGHTBUS ? namespace + "." + service(service) + "." + FanOutSink.LISTENER
                : exchange(tool) + "." + service;
    }

    private static String service(int service) {
        return "bench-fan-out-" + service;
    }

    /** Deletes the queues and exchanges of every tool, those that exist. */
    void deleteTopology() throws Exception {
        List<String> queues = new ArrayList<>();
        List<String> exchanges = new ArrayList<>();
        for (Tool tool : List.of(Tool.LIGHTBUS, Tool.SMALLRYE, Tool.SPRING_AMQP, Tool.PERFTEST)) {
            exchanges.add(exchange(tool));
            for (int service = 1; service <= SERVICES; service++) {
                queues.add(queue(tool, service));
            }
        }
        for (int service = 1; service <= SERVICES; service++) {
            queues.add(queue(Tool.LIGHTBUS, service) + ".retry");
            queues.add(queue(Tool.LIGHTBUS, service) + ".dlq");
        }
        queues.add(namespace + ".$directory");
        exchanges.add(namespace + ".$schemas");
        broker.delete(queues, exchanges);
    }
}
