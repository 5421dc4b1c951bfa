package org.lightbus.tck.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.PointData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/**
 * The OpenTelemetry SDK of a test, with in-memory exporters, which every application the test starts gets as its
 * {@code OpenTelemetry} bean ({@link OpenTelemetryBean}), as MicroProfile Telemetry provides one: one collector for
 * all, like a real deployment's.
 */
public final class InMemoryTelemetry implements AutoCloseable {

    private static volatile InMemoryTelemetry current;

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance())).build();

    private InMemoryTelemetry() {
    }

    /** @return a new SDK, the one the applications started from now on get */
    public static InMemoryTelemetry install() {
        current = new InMemoryTelemetry();
        return current;
    }

    static OpenTelemetry current() {
        return Objects.requireNonNull(current, "InMemoryTelemetry.install() first").sdk;
    }

    public OpenTelemetry openTelemetry() {
        return sdk;
    }

    /** @return the finished spans of that name */
    public List<SpanData> spans(String name) {
        return spans.getFinishedSpanItems().stream().filter(span -> span.getName().equals(name)).toList();
    }

    /** @return the one finished span of that name and kind */
    public SpanData span(String name, SpanKind kind) {
        List<SpanData> found = spans(name).stream().filter(span -> span.getKind() == kind).toList();
        assertThat(found).as(kind + " spans named " + name).hasSize(1);
        return found.get(0);
    }

    /** Asserts that one span is a child of another. */
    public static void assertChild(SpanData child, SpanData parent) {
        assertThat(child.getTraceId()).as("trace of " + child.getName()).isEqualTo(parent.getTraceId());
        assertThat(child.getParentSpanId()).as("parent of " + child.getName()).isEqualTo(parent.getSpanId());
    }

    /** @return a string attribute of a span */
    public static String attribute(SpanData span, String key) {
        return span.getAttributes().get(AttributeKey.stringKey(key));
    }

    /** @return the points of a metric, by their attributes; empty if the metric has none */
    public Map<Attributes, PointData> points(String name) {
        return metrics.collectAllMetrics().stream().filter(metric -> metric.getName().equals(name))
                .map(MetricData::getData).flatMap(data -> data.getPoints().stream())
                .collect(java.util.stream.Collectors.toMap(PointData::getAttributes, point -> point));
    }

    /** @return the value of a counter, or the count of a histogram, at the point whose attributes contain these */
    public long value(String name, String key, String value) {
        return points(name).entrySet().stream()
                .filter(point -> value.equals(point.getKey().get(AttributeKey.stringKey(key))))
                .mapToLong(point -> valueOf(point.getValue())).sum();
    }

    private static long valueOf(PointData point) {
        if (point instanceof io.opentelemetry.sdk.metrics.data.LongPointData longPoint) {
            return longPoint.getValue();
        }
        if (point instanceof io.opentelemetry.sdk.metrics.data.HistogramPointData histogram) {
            return histogram.getCount();
        }
        throw new AssertionError("not a counter or histogram: " + point);
    }

    @Override
    public void close() {
        sdk.close();
    }
}
