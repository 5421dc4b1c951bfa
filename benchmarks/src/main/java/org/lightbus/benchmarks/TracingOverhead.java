package org.lightbus.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.lightbus.testing.BusApplication;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.MetricReader;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * What tracing and metrics cost event throughput: one application publishes 10,000 events with {@code EventPublisher},
 * another listens (persistent, quorum queue, pipelined confirms), both with the OpenTelemetry SDK as their
 * {@code OpenTelemetry} bean, as MicroProfile Telemetry provides it: every span sampled and handed to a batch processor
 * whose exporter counts and drops them, metrics aggregated and collected every second. In alternating rounds, telemetry
 * off ({@code lightbus.telemetry.enabled=false}) and on; prints each round, the median events per second each way and
 * their ratio.
 *
 * <pre>
 * ./mvnw -Pbenchmark -pl benchmarks -am verify -DskipTests -Dbenchmark.main=org.lightbus.benchmarks.TracingOverhead
 * </pre>
 */
public final class TracingOverhead {

    private static final int WARM_UP = 2_000;
    private static final int EVENTS = 10_000;
    private static final int ROUNDS = 5;

    private TracingOverhead() {
    }

    public static void main(String[] args) throws Exception {
        String namespace = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        CountingExporter spans = new CountingExporter();
        MetricReader metrics = PeriodicMetricReader.builder(new DroppingMetricExporter())
                .setInterval(java.time.Duration.ofSeconds(1)).build();
        OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
                .setTracerProvider(
                        SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(spans).build()).build())
                .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build()).build();
        TracingBean.sdk = sdk;
        System.out.printf(
                "Tracing overhead, %,d events from one application to one listener in another with"
                        + " EventPublisher, persistent, quorum queue, pipelined confirms; OpenTelemetry SDK %s%n",
                EVENTS,
                io.opentelemetry.sdk.common.InstrumentationScopeInfo.class.getPackage().getImplementationVersion());
        List<Double> off = new ArrayList<>();
        List<Double> on = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        try {
            round(namespace, false); // warm-up, both ways, not counted: the first rounds mostly measure the JIT
            round(namespace, true);
            sdk.getSdkTracerProvider().forceFlush().join(10, TimeUnit.SECONDS);
            for (int round = 1; round <= ROUNDS; round++) {
                // which goes first alternates, so that a drift of the machine's load affects both alike
                boolean[] order = round % 2 == 1 ? new boolean[] { false, true } : new boolean[] { true, false };
                double[] rates = new double[2];
                for (boolean traced : order) {
                    long exportedBefore = spans.exported.get();
                    double rate = round(namespace, traced);
                    sdk.getSdkTracerProvider().forceFlush().join(10, TimeUnit.SECONDS); // this round's spans
                    rates[traced ? 1 : 0] = rate;
                    (traced ? on : off).add(rate);
                    System.out.printf("  round %d, telemetry %-3s %,8.0f events/s end to end (%,d spans exported)%n",
                            round, traced ? "on" : "off", rate, spans.exported.get() - exportedBefore);
                }
                ratios.add(rates[1] / rates[0]);
            }
        } finally {
            sdk.close();
            EventThroughput.deleteQueues(namespace);
        }
        double ratio = median(ratios);
        System.out.printf(
                "Median: telemetry off %,.0f events/s, on %,.0f events/s; median on/off ratio of the rounds"
                        + " %.2f (%.1f%% %s with telemetry on)%n",
                median(off), median(on), ratio, Math.abs(1 - ratio) * 100, ratio <= 1 ? "slower" : "faster");
    }

    /** The end-to-end throughput of one round, in events per second. */
    private static double round(String namespace, boolean traced) throws InterruptedException {
        String enabled = Boolean.toString(traced);
        try (BusApplication listener = BusApplication.named("bench-listener").in(namespace)
                .with(Sink.class, TracingBean.class).config("lightbus.listener.prefetch", "100")
                .config("lightbus.telemetry.enabled", enabled).start();
                BusApplication publisher = BusApplication.named("bench-publisher").in(namespace)
                        .config("lightbus.owned-apis", "bench").config("lightbus.telemetry.enabled", enabled)
                        .with(Source.class, TracingBean.class).start()) {
            Sink sink = listener.bean(Sink.class);
            Source source = publisher.bean(Source.class);
            EventThroughput.measure(sink, source::publishAll, WARM_UP);
            EventThroughput.Measurement result = EventThroughput.measure(sink, source::publishAll, EVENTS);
            return EVENTS * 1000.0 / result.received().toMillis();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Counts the spans and drops them, as a fast collector would take them. */
    private static final class CountingExporter implements SpanExporter {

        final AtomicLong exported = new AtomicLong();

        @Override
        public CompletableResultCode export(Collection<SpanData> batch) {
            exported.addAndGet(batch.size());
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }

    /** Takes the collected metrics and drops them. */
    private static final class DroppingMetricExporter implements io.opentelemetry.sdk.metrics.export.MetricExporter {

        @Override
        public CompletableResultCode export(Collection<io.opentelemetry.sdk.metrics.data.MetricData> metrics) {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public io.opentelemetry.sdk.metrics.data.AggregationTemporality getAggregationTemporality(
                io.opentelemetry.sdk.metrics.InstrumentType instrumentType) {
            return io.opentelemetry.sdk.metrics.data.AggregationTemporality.CUMULATIVE;
        }
    }
}
