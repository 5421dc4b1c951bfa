package org.lightbus.tck.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * The notes of the traced roles, one line per note: {@code where|user|trace id|span id} of the span current at the
 * time. Only in the applications with the OpenTelemetry API, which MicroProfile Telemetry brings with the
 * {@link Tracer} bean.
 */
@ApplicationScoped
public class Traces implements TraceNotes {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Inject
    Tracer tracer;

    @Override
    public void note(String where, String user) {
        lines.add(line(where, user));
    }

    /**
     * Runs the role's work in a span of its own, as an application's code that fires an event or calls a procedure.
     *
     * @return the line of that span
     */
    String inSpan(String where, String user, Supplier<?> work) {
        Span span = tracer.spanBuilder(where + " " + user).startSpan();
        try (Scope scope = span.makeCurrent()) {
            work.get();
            return line(where, user);
        } finally {
            span.end();
        }
    }

    List<String> lines() {
        return lines;
    }

    private static String line(String where, String user) {
        SpanContext span = Span.current().getSpanContext();
        return where + "|" + user + "|" + span.getTraceId() + "|" + span.getSpanId();
    }
}
