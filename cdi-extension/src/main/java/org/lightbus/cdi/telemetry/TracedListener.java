package org.lightbus.cdi.telemetry;

import java.util.Optional;
import java.util.function.Supplier;

import org.lightbus.spi.DeadLetterReason;
import org.lightbus.spi.DeliveryHandler;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.ListenerSpec;
import org.lightbus.spi.NotHandledException;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * One listener's deliveries, each in a consumer span {@code process <api>.<event>} whose parent is the sender's span
 * (from the message's trace context), current while the listener runs so that the spans its code makes are children of
 * it. Counts deliveries, and from the delivery's attempt and the listener's retry policy tells a failure that will be
 * retried from one that goes to the dead-letter queue, as the transport decides it.
 */
final class TracedListener implements DeliveryHandler {

    private final ListenerSpec spec;
    private final DeliveryHandler delegate;
    private final Supplier<Instruments> instruments;
    private final String spanName;
    private final Attributes attributes;

    TracedListener(ListenerSpec spec, DeliveryHandler delegate, Supplier<Instruments> instruments, String system,
            String exchange) {
        this.spec = spec;
        this.delegate = delegate;
        this.instruments = instruments;
        this.spanName = "process " + spec.api() + "." + spec.eventName();
        this.attributes = Attributes.builder().put(Instruments.MESSAGING_SYSTEM, system)
                .put(Instruments.OPERATION_NAME, "process").put(Instruments.OPERATION_TYPE, "process")
                .put(Instruments.DESTINATION, exchange).put(Instruments.ROUTING_KEY, spec.eventName())
                .put(Instruments.CONSUMER_GROUP, spec.serviceName() + "." + spec.listenerName()).build();
    }

    @Override
    public void handle(IncomingEvent event) throws Exception {
        Instruments instruments = this.instruments.get();
        if (instruments == null) {
            delegate.handle(event);
            return;
        }
        Context parent = instruments.propagator.extract(Context.root(), event.headers(), Instruments.GETTER);
        long start = System.nanoTime();
        Span span = instruments.tracer.spanBuilder(spanName).setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAllAttributes(attributes).setAttribute(Instruments.ATTEMPT, (long) event.attempt())
                .setAttribute(Instruments.BODY_SIZE, (long) event.body().length).startSpan();
        if (event.messageId() != null) {
            span.setAttribute(Instruments.MESSAGE_ID, event.messageId());
        }
        instruments.consumed.add(1, attributes);
        try (Scope scope = span.makeCurrent()) {
            delegate.handle(event);
            instruments.processDuration.record(Instruments.secondsSince(start), attributes);
        } catch (NotHandledException e) { // given back unhandled: neither an attempt nor a failure
            throw e;
        } catch (Exception | Error e) {
            failed(instruments, span, event, start, e);
            throw e;
        } finally {
            span.end();
        }
    }

    private void failed(Instruments instruments, Span span, IncomingEvent event, long start, Throwable error) {
        String type = ErrorTypes.of(error);
        Instruments.failed(span, error, type);
        Attributes failed = attributes.toBuilder().put(Instruments.ERROR_TYPE, type).build();
        instruments.processDuration.record(Instruments.secondsSince(start), failed);
        Optional<DeadLetterReason> immediate = DeadLetterReason.immediate(error);
        if (immediate.isEmpty() && spec.retry().allowsRetryAfter(event.attempt())) {
            instruments.retries.add(1, failed);
        } else {
            instruments.deadLetters.add(1, failed.toBuilder()
                    .put(Instruments.DEAD_LETTER_REASON, immediate.orElse(DeadLetterReason.LISTENER_FAILED).wireName())
                    .build());
        }
    }
}
