package org.lightbus.cdi.telemetry;

import java.util.List;
import java.util.Map;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongUpDownCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;

/**
 * The tracer, the propagator and the metric instruments of one application, named after OpenTelemetry's semantic
 * conventions for messaging and RPC; {@code lightbus.*} only where they have no name.
 */
final class Instruments {

    /** The instrumentation scope of every span and metric. */
    static final String SCOPE = "org.lightbus";

    static final AttributeKey<String> MESSAGING_SYSTEM = AttributeKey.stringKey("messaging.system");
    static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("messaging.operation.name");
    static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("messaging.operation.type");
    static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    static final AttributeKey<String> ROUTING_KEY = AttributeKey
            .stringKey("messaging.rabbitmq.destination.routing_key");
    static final AttributeKey<String> CONSUMER_GROUP = AttributeKey.stringKey("messaging.consumer.group.name");
    static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    static final AttributeKey<Long> BODY_SIZE = AttributeKey.longKey("messaging.message.body.size");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    static final AttributeKey<String> RPC_SYSTEM = AttributeKey.stringKey("rpc.system.name");
    static final AttributeKey<String> RPC_METHOD = AttributeKey.stringKey("rpc.method");
    static final AttributeKey<String> RPC_STATUS = AttributeKey.stringKey("rpc.response.status_code");
    static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("lightbus.attempt");
    static final AttributeKey<String> DEAD_LETTER_REASON = AttributeKey.stringKey("lightbus.dead_letter.reason");

    /** {@code rpc.system.name} of Lightbus's request/reply. */
    static final String RPC_SYSTEM_NAME = "lightbus";

    /** Histogram buckets for durations in seconds, from 0.5 ms to 10 s, as the semantic conventions advise. */
    private static final List<Double> SECONDS = List.of(0.0005, 0.001, 0.0025, 0.005, 0.0075, 0.01, 0.025, 0.05, 0.075,
            0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);

    /** Writes propagation headers into a map. */
    static final TextMapSetter<Map<String, String>> SETTER = (headers, key, value) -> headers.put(key, value);

    /** Reads propagation headers from a map. */
    static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> headers) {
            return headers.keySet();
        }

        @Override
        public String get(Map<String, String> headers, String key) {
            return headers == null ? null : headers.get(key);
        }
    };

    final Tracer tracer;
    final TextMapPropagator propagator;
    /** {@code messaging.client.sent.messages}: events sent, with {@code error.type} when they failed. */
    final LongCounter sent;
    /** {@code messaging.client.operation.duration}: from the send to the broker's confirm. */
    final DoubleHistogram sendDuration;
    /** {@code lightbus.publish.in_flight}: events sent and not yet confirmed or failed. */
    final LongUpDownCounter inFlight;
    /** {@code messaging.client.consumed.messages}: deliveries handed to a listener. */
    final LongCounter consumed;
    /** {@code messaging.process.duration}: how long a listener took. */
    final DoubleHistogram processDuration;
    /** {@code lightbus.listener.retries}: failed deliveries that will be retried. */
    final LongCounter retries;
    /** {@code lightbus.listener.dead_letters}: deliveries sent to the dead-letter queue. */
    final LongCounter deadLetters;
    /** {@code rpc.client.call.duration}: calls made, with {@code error.type} when they failed. */
    final DoubleHistogram clientCalls;
    /** {@code rpc.server.call.duration}: calls served, likewise. */
    final DoubleHistogram serverCalls;

    Instruments(OpenTelemetry openTelemetry) {
        tracer = openTelemetry.getTracer(SCOPE);
        propagator = openTelemetry.getPropagators().getTextMapPropagator();
        Meter meter = openTelemetry.getMeter(SCOPE);
        sent = meter.counterBuilder("messaging.client.sent.messages").setUnit("{message}")
                .setDescription("Events sent to the broker").build();
        sendDuration = seconds(meter, "messaging.client.operation.duration",
                "How long sending an event took, until the broker confirmed it");
        inFlight = meter.upDownCounterBuilder("lightbus.publish.in_flight").setUnit("{message}")
                .setDescription("Events sent and waiting for the broker's confirm").build();
        consumed = meter.counterBuilder("messaging.client.consumed.messages").setUnit("{message}")
                .setDescription("Events delivered to a listener").build();
        processDuration = seconds(meter, "messaging.process.duration", "How long a listener took for an event");
        retries = meter.counterBuilder("lightbus.listener.retries").setUnit("{message}")
                .setDescription("Events a listener failed that will be delivered again after the backoff").build();
        deadLetters = meter.counterBuilder("lightbus.listener.dead_letters").setUnit("{message}")
                .setDescription("Events moved to a listener's dead-letter queue").build();
        clientCalls = seconds(meter, "rpc.client.call.duration", "How long a remote procedure call took");
        serverCalls = seconds(meter, "rpc.server.call.duration", "How long serving a remote procedure call took");
    }

    private static DoubleHistogram seconds(Meter meter, String name, String description) {
        return meter.histogramBuilder(name).setUnit("s").setDescription(description)
                .setExplicitBucketBoundariesAdvice(SECONDS).build();
    }

    /** The seconds since a {@link System#nanoTime()}. */
    static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Marks a span failed with an exception. */
    static void failed(Span span, Throwable error, String errorType) {
        span.setStatus(StatusCode.ERROR, error.getMessage() == null ? errorType : error.getMessage());
        span.setAttribute(ERROR_TYPE, errorType);
        span.recordException(error);
    }
}
