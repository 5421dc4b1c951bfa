package org.lightbus.cdi.telemetry;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.lightbus.spi.Announcement;
import org.lightbus.spi.CallHandler;
import org.lightbus.spi.DeliveryHandler;
import org.lightbus.spi.ListenerHandle;
import org.lightbus.spi.ListenerSpec;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.RpcRequest;
import org.lightbus.spi.RpcServerSpec;
import org.lightbus.spi.SchemaHandler;
import org.lightbus.spi.ServiceDescriber;
import org.lightbus.spi.Transport;
import org.lightbus.spi.TransportHealth;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;

/**
 * The application's transport, traced and measured: a producer span per event sent, ending at the broker's confirm, and
 * a client span per call, each with its trace context in the message's headers; listeners and servers get a consumer or
 * server span per delivery ({@link TracedListener}, {@link TracedServer}), child of the sender's span.
 */
final class TracedTransport implements Transport {

    private final Transport delegate;
    /** The instruments; null while the application's OpenTelemetry instance is not ready ({@link LateInstruments}). */
    private final Supplier<Instruments> instruments;
    private final Telemetry.Application application;
    /** The span name and attributes of each event and each procedure, by full name, computed once. */
    private final Map<String, Names> events = new ConcurrentHashMap<>();
    private final Map<String, Names> procedures = new ConcurrentHashMap<>();

    /** A span name with the attributes of its spans and metrics. */
    record Names(String spanName, Attributes attributes) {
    }

    TracedTransport(Transport delegate, Supplier<Instruments> instruments, Telemetry.Application application) {
        this.delegate = delegate;
        this.instruments = instruments;
        this.application = application;
    }

    @Override
    public CompletionStage<Void> publish(OutgoingEvent event) {
        Instruments instruments = this.instruments.get();
        if (instruments == null) {
            return delegate.publish(event);
        }
        Names sending = events.computeIfAbsent(event.api() + "." + event.eventName(),
                fullName -> new Names("send " + fullName,
                        Attributes.of(Instruments.MESSAGING_SYSTEM, application.system(), Instruments.OPERATION_NAME,
                                "send", Instruments.OPERATION_TYPE, "send", Instruments.DESTINATION,
                                exchange(event.api()), Instruments.ROUTING_KEY, event.eventName())));
        long start = System.nanoTime();
        Span span = instruments.tracer.spanBuilder(sending.spanName()).setSpanKind(SpanKind.PRODUCER)
                .setAllAttributes(sending.attributes()).setAttribute(Instruments.MESSAGE_ID, event.messageId())
                .setAttribute(Instruments.BODY_SIZE, (long) event.body().length).startSpan();
        Map<String, String> headers = new HashMap<>(event.headers());
        instruments.propagator.inject(Context.current().with(span), headers, Instruments.SETTER);
        instruments.inFlight.add(1, sending.attributes());
        CompletionStage<Void> confirmed;
        try {
            confirmed = delegate.publish(event.withHeaders(headers));
        } catch (RuntimeException | Error e) {
            sent(instruments, span, sending, start, e);
            throw e;
        }
        // the caller gets the transport's own outcome, unwrapped as the transport completed it
        CompletableFuture<Void> result = new CompletableFuture<>();
        confirmed.whenComplete((nothing, failure) -> {
            sent(instruments, span, sending, start, failure);
            if (failure == null) {
                result.complete(nothing);
            } else {
                result.completeExceptionally(failure);
            }
        });
        return result;
    }

    private static void sent(Instruments instruments, Span span, Names event, long start, Throwable failure) {
        instruments.inFlight.add(-1, event.attributes());
        Attributes attributes = event.attributes();
        if (failure != null) {
            String type = ErrorTypes.of(failure);
            Instruments.failed(span, ErrorTypes.unwrap(failure), type);
            attributes = attributes.toBuilder().put(Instruments.ERROR_TYPE, type).build();
        }
        instruments.sent.add(1, attributes);
        instruments.sendDuration.record(Instruments.secondsSince(start), attributes);
        span.end();
    }

    @Override
    public CompletionStage<RpcReply> call(RpcRequest request) {
        Instruments instruments = this.instruments.get();
        if (instruments == null) {
            return delegate.call(request);
        }
        Names procedure = procedure(request.api(), request.procedure());
        long start = System.nanoTime();
        Span span = instruments.tracer.spanBuilder(procedure.spanName()).setSpanKind(SpanKind.CLIENT)
                .setAllAttributes(procedure.attributes()).startSpan();
        Map<String, String> headers = new HashMap<>(request.headers());
        instruments.propagator.inject(Context.current().with(span), headers, Instruments.SETTER);
        CompletionStage<RpcReply> replied;
        try {
            replied = delegate.call(request.withHeaders(headers));
        } catch (RuntimeException | Error e) {
            called(instruments, span, procedure, start, null, e);
            throw e;
        }
        CompletableFuture<RpcReply> result = new CompletableFuture<>();
        replied.whenComplete((reply, failure) -> {
            called(instruments, span, procedure, start, reply, failure);
            if (failure == null) {
                result.complete(reply);
            } else {
                result.completeExceptionally(failure);
            }
        });
        return result;
    }

    private void called(Instruments instruments, Span span, Names procedure, long start, RpcReply reply,
            Throwable failure) {
        String errorType = null;
        if (failure != null) {
            errorType = ErrorTypes.of(failure);
            Instruments.failed(span, ErrorTypes.unwrap(failure), errorType);
        } else if (reply.error()) {
            errorType = TracedServer.failed(span, reply, application);
        }
        Attributes attributes = errorType == null ? procedure.attributes()
                : procedure.attributes().toBuilder().put(Instruments.ERROR_TYPE, errorType).build();
        instruments.clientCalls.record(Instruments.secondsSince(start), attributes);
        span.end();
    }

    /** The names of a procedure's spans: {@code auth.check_password}, the procedure's full name. */
    Names procedure(String api, String procedure) {
        return procedures.computeIfAbsent(api + "." + procedure, fullName -> new Names(fullName,
                Attributes.of(Instruments.RPC_SYSTEM, Instruments.RPC_SYSTEM_NAME, Instruments.RPC_METHOD, fullName)));
    }

    private String exchange(String api) {
        return application.namespace() + "." + api;
    }

    @Override
    public ListenerHandle listen(ListenerSpec spec, DeliveryHandler handler) {
        return delegate.listen(spec,
                new TracedListener(spec, handler, instruments, application.system(), exchange(spec.api())));
    }

    @Override
    public ListenerHandle serve(RpcServerSpec spec, CallHandler handler) {
        return delegate.serve(spec, new TracedServer(spec, handler, instruments, this, application));
    }

    @Override
    public Duration publishBound() {
        return delegate.publishBound();
    }

    @Override
    public ListenerHandle shareSchemas(Map<String, byte[]> owned, Set<String> wanted, SchemaHandler handler) {
        return delegate.shareSchemas(owned, wanted, handler);
    }

    @Override
    public Announcement announce(ServiceDescriber describer) {
        return delegate.announce(describer);
    }

    @Override
    public <T extends Transport> Optional<T> unwrap(Class<T> type) {
        return type.isInstance(this) ? Optional.of(type.cast(this)) : delegate.unwrap(type);
    }

    @Override
    public TransportHealth health() {
        return delegate.health();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
