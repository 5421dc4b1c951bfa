package org.lightbus.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

import org.lightbus.testing.BusApplication;

/**
 * Scenario 3 of {@link Comparison}, the ways to publish: a call that returns once the broker has confirmed the event
 * (the bus's {@code fire()}, a peer's send joined on its confirm) from 1 thread and from 16 threads, and an
 * asynchronous send with all events sent at once (the bus's {@code EventPublisher.publish()} and {@code fireAsync()}, a
 * peer's send). {@code fireAsync()} holds a thread of the container's asynchronous-observer executor per event until
 * its confirm, so it runs twice: with Weld SE's default executor (on fewer than 3 cores a new thread per event) and
 * with a fixed pool of {@value #POOLED_EXECUTOR} threads, as application servers pool theirs. Each call's time from the
 * call until the broker's confirm gives p50 and p99; the events over the time until all were confirmed gives calls/s.
 * Another application consumes, and every measurement waits until it has received all events. RabbitMQ PerfTest
 * publishes the same with one confirm outstanding per producer, and with 1,000.
 */
final class PublishScenario {

    private static final int THREADS = 16;

    /** The threads of Weld's asynchronous-observer executor when it is a fixed pool. */
    private static final int POOLED_EXECUTOR = 64;

    private final Broker broker;
    private final Plan plan;
    private final String namespace;
    private final Profiler profiler;

    PublishScenario(Broker broker, Plan plan, String namespace, Profiler profiler) {
        this.broker = broker;
        this.plan = plan;
        this.namespace = namespace;
        this.profiler = profiler;
    }

    void round(int round, Results results) throws Exception {
        List<Tool> order = Plan.order(round, List.of(Tool.LIGHTBUS, Tool.SMALLRYE, Tool.SPRING_AMQP, Tool.PERFTEST));
        for (Tool tool : order) {
            switch (tool) {
            case LIGHTBUS -> lightbus(results);
            case SMALLRYE -> peer(Way.SMALLRYE_RABBITMQ, tool, results);
            case SPRING_AMQP -> peer(Way.SPRING_AMQP, tool, results);
            default -> perfTest(results);
            }
        }
    }

    /** How one tool publishes, and how its consumer counts. */
    private record Publisher(LongConsumer confirmed, LongFunction<CompletableFuture<?>> send, Arrivals arrivals) {

        LongFunction<CompletableFuture<?>> waiting() {
            return sequence -> {
                confirmed.accept(sequence);
                return CompletableFuture.completedFuture(null);
            };
        }
    }

    private void lightbus(Results results) throws Exception {
        try (BusApplication listener = listener(); BusApplication application = publisher(false)) {
            Source source = application.bean(Source.class);
            Publisher publisher = publisher(source, listener.bean(Sink.class));
            measureAll(publisher, Tool.LIGHTBUS, results);
            fireAsync(publisher, source, "fireAsync", results,
                    List.of(Figure.FIRE_ASYNC, Figure.FIRE_ASYNC_P50, Figure.FIRE_ASYNC_P99));
        }
        try (BusApplication listener = listener(); BusApplication application = publisher(true)) {
            Source source = application.bean(Source.class);
            fireAsync(publisher(source, listener.bean(Sink.class)), source, "fireAsync-pooled", results,
                    List.of(Figure.FIRE_ASYNC_POOLED, Figure.FIRE_ASYNC_POOLED_P50, Figure.FIRE_ASYNC_POOLED_P99));
        }
    }

    private BusApplication listener() {
        return BusApplication.named(Way.LISTENER_SERVICE).in(namespace).with(Sink.class)
                .config("lightbus.listener.prefetch", "100").start();
    }

    private BusApplication publisher(boolean pooledExecutor) {
        BusApplication.Builder builder = BusApplication.named(Way.PUBLISHER_SERVICE).in(namespace)
                .config("lightbus.owned-apis", "bench").with(Source.class);
        if (pooledExecutor) {
            builder.weldProperty("org.jboss.weld.executor.threadPoolType", "FIXED")
                    .weldProperty("org.jboss.weld.executor.threadPoolSize", POOLED_EXECUTOR);
        }
        return builder.start();
    }

    private static Publisher publisher(Source source, Sink sink) {
        return new Publisher(source::fire, source::publish, sink.arrivals());
    }

    /** {@code fireAsync()}, all at once, after a warm-up: calls/s, p50, p99. */
    private void fireAsync(Publisher publisher, Source source, String profile, Results results, List<Figure> figures)
            throws Exception {
        measure(publisher, source::fireAsync, 1, plan.warmUp());
        add(results, Tool.LIGHTBUS, figures,
                profiler.record(profile, () -> measure(publisher, source::fireAsync, 1, plan.events())));
    }

    private void peer(Way way, Tool tool, Results results) throws Exception {
        try (Rig rig = way.start(namespace)) {
            broker.awaitConsumer(rig.queue(), Duration.ofSeconds(30));
            Publisher publisher = new Publisher(sequence -> rig.sendOne().apply(sequence).join(), rig.sendOne(),
                    rig.arrivals());
            measureAll(publisher, tool, results);
        }
        // else the queue of this way's consumer would take copies of the next way's events too
        Way.deleteTopology(broker, namespace);
    }

    private void measureAll(Publisher publisher, Tool tool, Results results) throws Exception {
        measure(publisher, publisher.waiting(), THREADS, plan.warmUp());
        add(results, tool, List.of(Figure.FIRE_1, Figure.FIRE_1_P50, Figure.FIRE_1_P99),
                measure(publisher, publisher.waiting(), 1, plan.sequentialCalls()));
        add(results, tool, List.of(Figure.FIRE_16, Figure.FIRE_16_P50, Figure.FIRE_16_P99),
                measure(publisher, publisher.waiting(), THREADS, plan.events()));
        measure(publisher, publisher.send(), 1, plan.warmUp());
        add(results, tool, List.of(Figure.PUBLISH, Figure.PUBLISH_P50, Figure.PUBLISH_P99),
                measure(publisher, publisher.send(), 1, plan.events()));
    }

    private void perfTest(Results results) throws Exception {
        String queue = namespace + ".perftest-publish";
        try {
            add(results, List.of(Figure.FIRE_1, Figure.FIRE_1_P50, Figure.FIRE_1_P99),
                    PerfTestBaseline.confirms(queue, 1, plan.sequentialCalls(), 1));
            add(results, List.of(Figure.FIRE_16, Figure.FIRE_16_P50, Figure.FIRE_16_P99),
                    PerfTestBaseline.confirms(queue, THREADS, plan.events() / THREADS, 1));
            add(results, List.of(Figure.PUBLISH, Figure.PUBLISH_P50, Figure.PUBLISH_P99),
                    PerfTestBaseline.confirms(queue, 1, plan.events(), 1_000));
        } finally {
            broker.delete(List.of(queue), List.of());
        }
    }

    private record Measurement(double callsPerSecond, long[] latencies) {
    }

    private static void add(Results results, Tool tool, List<Figure> figures, Measurement measurement) {
        results.add(figures.get(0), tool, measurement.callsPerSecond());
        results.add(figures.get(1), tool, Stats.percentileMicros(measurement.latencies(), 50));
        results.add(figures.get(2), tool, Stats.percentileMicros(measurement.latencies(), 99));
    }

    private static void add(Results results, List<Figure> figures, PerfTestBaseline.Confirms confirms) {
        results.add(figures.get(0), Tool.PERFTEST, confirms.sent());
        results.add(figures.get(1), Tool.PERFTEST, confirms.latency().p50());
        results.add(figures.get(2), Tool.PERFTEST, confirms.latency().p99());
    }

    /** Makes {@code count} calls from {@code threads} threads, then waits for all confirms and for the consumer. */
    private static Measurement measure(Publisher publisher, LongFunction<CompletableFuture<?>> call, int threads,
            int count) throws Exception {
        publisher.arrivals().expect(count);
        long[] latencies = new long[count];
        CompletableFuture<?>[] confirms = new CompletableFuture<?>[count];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            Future<?>[] workers = new Future<?>[threads];
            for (int t = 0; t < threads; t++) {
                int first = t;
                workers[t] = pool.submit(() -> {
                    for (int i = first; i < count; i += threads) {
                        int index = i;
                        long called = System.nanoTime();
                        confirms[i] = call.apply(i).thenRun(() -> latencies[index] = System.nanoTime() - called);
                    }
                });
            }
            for (Future<?> worker : workers) {
                worker.get(5, TimeUnit.MINUTES);
            }
            CompletableFuture.allOf(confirms).get(5, TimeUnit.MINUTES);
        } finally {
            pool.shutdown();
        }
        double callsPerSecond = count * 1e9 / (System.nanoTime() - start);
        if (!publisher.arrivals().latch().await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the consumer did not receive all events");
        }
        return new Measurement(callsPerSecond, latencies);
    }
}
