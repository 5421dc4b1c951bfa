package org.lightbus.cdi.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.opentelemetry.api.common.AttributeKey;
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

/** An OpenTelemetry SDK that keeps its spans and metrics in memory, for assertions. */
final class SdkTelemetry implements AutoCloseable {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance())).build();

    OpenTelemetrySdk sdk() {
        return sdk;
    }

    List<SpanData> spans(String name) {
        return spans.getFinishedSpanItems().stream().filter(span -> span.getName().equals(name)).toList();
    }

    SpanData span(String name) {
        List<SpanData> found = spans(name);
        assertThat(found).as("spans named " + name).hasSize(1);
        return found.get(0);
    }

    SpanData span(String name, SpanKind kind) {
        List<SpanData> found = spans(name).stream().filter(span -> span.getKind() == kind).toList();
        assertThat(found).as(kind + " spans named " + name).hasSize(1);
        return found.get(0);
    }

    private MetricData metric(String name) {
        return metrics.collectAllMetrics().stream().filter(metric -> metric.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + name));
    }

    /** The sum of a counter over all its attributes. */
    long sum(String name) {
        MetricData metric = metric(name);
        return metric.getLongSumData().getPoints().stream().mapToLong(point -> point.getValue()).sum();
    }

    /** How many values a histogram recorded over all its attributes. */
    long count(String name) {
        return metric(name).getHistogramData().getPoints().stream().mapToLong(point -> point.getCount()).sum();
    }

    /** The attributes of a metric with a single point. */
    Map<AttributeKey<?>, Object> attributes(String name) {
        List<? extends PointData> points = List.copyOf(metric(name).getData().getPoints());
        assertThat(points).as("points of " + name).hasSize(1);
        return points.get(0).getAttributes().asMap();
    }

    @Override
    public void close() {
        sdk.close();
    }
}
