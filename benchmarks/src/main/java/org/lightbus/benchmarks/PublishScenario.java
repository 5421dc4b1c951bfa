package org.lightbus.benchmarks;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

import org.lightbus.testing.BusApplication;

/**
 * Scenario 3 of {@link Comparison}, the bus's ways to publish: {@code fire()} from 1 thread and from 16 threads,
 * {@code fireAsync()} and {@code EventPublisher.publish()} with all events sent at once. Each call's time from the call
 * until the broker's confirm gives p50 and p99; the events over the time until all were confirmed gives calls/s.
 * Another application listens, and every measurement waits until it has received all events.
 */
final class PublishScenario {

    private static final int THREADS = 16;

    private final Plan plan;
    private final String namespace;

    PublishScenario(Plan plan, String namespace) {
        this.plan = plan;
        this.namespace = namespace;
    }

    void round(Results results) throws Exception {
        try (BusApplication listener = BusApplication.named(Way.LISTENER_SERVICE).in(namespace).with(Sink.class)
                .config("lightbus.listener.prefetch", "100").start();
                BusApplication publisher = BusApplication.named(Way.PUBLISHER_SERVICE).in(namespace)
                        .config("lightbus.owned-apis", "bench").with(Source.class).start()) {
            Sink sink = listener.bean(Sink.class);
            Source source = publisher.bean(Source.class);
            LongFunction<CompletableFuture<?>> fire = i -> {
                source.fire(i);
                return CompletableFuture.completedFuture(null);
            };
            measure(sink, fire, 1, plan.warmUp());
            add(results, List.of(Figure.FIRE_1, Figure.FIRE_1_P50, Figure.FIRE_1_P99),
                    measure(sink, fire, 1, plan.sequentialCalls()));
            add(results, List.of(Figure.FIRE_16, Figure.FIRE_16_P50, Figure.FIRE_16_P99),
                    measure(sink, fire, THREADS, plan.events()));
            measure(sink, source::fireAsync, 1, plan.warmUp());
            add(results, List.of(Figure.FIRE_ASYNC, Figure.FIRE_ASYNC_P50, Figure.FIRE_ASYNC_P99),
                    measure(sink, source::fireAsync, 1, plan.events()));
            measure(sink, source::publish, 1, plan.warmUp());
            add(results, List.of(Figure.PUBLISH, Figure.PUBLISH_P50, Figure.PUBLISH_P99),
                    measure(sink, source::publish, 1, plan.events()));
        }
    }

    private record Measurement(double callsPerSecond, long[] latencies) {
    }

    private static void add(Results results, List<Figure> figures, Measurement measurement) {
        results.add(figures.get(0), Tool.LIGHTBUS, measurement.callsPerSecond());
        results.add(figures.get(1), Tool.LIGHTBUS, Stats.percentileMicros(measurement.latencies(), 50));
        results.add(figures.get(2), Tool.LIGHTBUS, Stats.percentileMicros(measurement.latencies(), 99));
    }

    /** Makes {@code count} calls from {@code threads} threads, then waits for all confirms and for the listener. */
    private static Measurement measure(Sink sink, LongFunction<CompletableFuture<?>> call, int threads, int count)
            throws Exception {
        sink.arrivals().expect(count);
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
        if (!sink.arrivals().latch().await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the listener did not receive all events");
        }
        return new Measurement(callsPerSecond, latencies);
    }
}
