package org.lightbus.cdi.telemetry;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import org.lightbus.spi.CallHandler;
import org.lightbus.spi.IncomingCall;
import org.lightbus.spi.RpcReply;
import org.lightbus.spi.RpcServerSpec;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * One API's calls, each in a server span named after the procedure ({@code auth.check_password}) whose parent is the
 * caller's client span, current while the procedure runs; it ends when the reply is ready, also for an asynchronous
 * procedure. An error reply marks it failed, with the reply's error code as {@code error.type}.
 */
final class TracedServer implements CallHandler {

    /** {@code rpc.method} of a call to a procedure the server does not have, so that callers cannot add names. */
    static final String OTHER = "_OTHER";

    private final CallHandler delegate;
    private final Supplier<Instruments> instruments;
    private final TracedTransport transport;
    private final Telemetry.Application application;
    private final String api;

    TracedServer(RpcServerSpec spec, CallHandler delegate, Supplier<Instruments> instruments, TracedTransport transport,
            Telemetry.Application application) {
        this.api = spec.api();
        this.delegate = delegate;
        this.instruments = instruments;
        this.transport = transport;
        this.application = application;
    }

    @Override
    public CompletionStage<RpcReply> handle(IncomingCall call) {
        Instruments instruments = this.instruments.get();
        if (instruments == null) {
            return delegate.handle(call);
        }
        TracedTransport.Names procedure = transport.procedure(api, call.procedure() == null ? OTHER : call.procedure());
        Context parent = instruments.propagator.extract(Context.root(), call.headers(), Instruments.GETTER);
        long start = System.nanoTime();
        Span span = instruments.tracer.spanBuilder(procedure.spanName()).setParent(parent).setSpanKind(SpanKind.SERVER)
                .setAllAttributes(procedure.attributes()).startSpan();
        CompletionStage<RpcReply> reply;
        try (Scope scope = span.makeCurrent()) {
            reply = delegate.handle(call);
        } catch (RuntimeException | Error e) {
            served(instruments, span, procedure, start, null, e);
            throw e;
        }
        CompletableFuture<RpcReply> result = new CompletableFuture<>();
        reply.whenComplete((value, failure) -> {
            served(instruments, span, procedure, start, value, failure);
            if (failure == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(failure);
            }
        });
        return result;
    }

    private void served(Instruments instruments, Span span, TracedTransport.Names procedure, long start, RpcReply reply,
            Throwable failure) {
        String errorType = null;
        Attributes attributes = procedure.attributes();
        if (failure != null) {
            errorType = ErrorTypes.of(failure);
            Instruments.failed(span, ErrorTypes.unwrap(failure), errorType);
        } else if (reply.error()) {
            errorType = failed(span, reply, application);
            if (errorType.equals(application.unknownProcedureCode())) {
                span.updateName(api + "." + OTHER);
                attributes = transport.procedure(api, OTHER).attributes();
                span.setAttribute(Instruments.RPC_METHOD, api + "." + OTHER);
            }
        }
        if (errorType != null) {
            attributes = attributes.toBuilder().put(Instruments.ERROR_TYPE, errorType).build();
        }
        instruments.serverCalls.record(Instruments.secondsSince(start), attributes);
        span.end();
    }

    /**
     * Marks a span failed by an error reply.
     *
     * @return the reply's error code, its {@code error.type}
     */
    static String failed(Span span, RpcReply reply, Telemetry.Application application) {
        String code = application.errorCode().apply(reply.body());
        String type = code == null ? OTHER : code;
        span.setStatus(StatusCode.ERROR, type);
        span.setAttribute(Instruments.ERROR_TYPE, type);
        span.setAttribute(Instruments.RPC_STATUS, type);
        return type;
    }
}
