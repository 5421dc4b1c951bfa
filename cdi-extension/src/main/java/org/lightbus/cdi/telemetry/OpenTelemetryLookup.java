package org.lightbus.cdi.telemetry;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.inject.CreationException;
import jakarta.enterprise.inject.Instance;

import org.lightbus.spi.Transport;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.api.trace.TracerProvider;

/**
 * Finds the OpenTelemetry instance of an application: its {@code OpenTelemetry} CDI bean, which MicroProfile Telemetry
 * provides, configured for the application; else the global instance, but only once something has set it (the
 * OpenTelemetry Java agent, or the application), so that asking does not fix it to a no-op for good. Loaded only when
 * the API is present.
 */
final class OpenTelemetryLookup {

    private OpenTelemetryLookup() {
    }

    static Telemetry.Instrumented instrument(Transport transport, Instance<Object> beans,
            Telemetry.Application application) {
        Instance<OpenTelemetry> bean = beans.select(OpenTelemetry.class);
        OpenTelemetry found;
        String source;
        if (bean.isResolvable()) {
            source = "the application's OpenTelemetry bean";
            found = tryGet(bean::get);
            if (found == null) {
                return new Telemetry.Instrumented(
                        new TracedTransport(transport, new LateInstruments(bean::get), application), Optional.of(source
                                + ", which the container creates later: events and calls before that go " + "untraced"),
                        Optional.empty());
            }
        } else if (globalIsSet()) {
            found = GlobalOpenTelemetry.get();
            source = "GlobalOpenTelemetry";
        } else {
            return Telemetry.Instrumented.untraced(transport);
        }
        if (isNoop(found)) {
            return new Telemetry.Instrumented(transport, Optional.empty(), Optional.of(source));
        }
        Instruments instruments = new Instruments(found);
        return new Telemetry.Instrumented(new TracedTransport(transport, () -> instruments, application),
                Optional.of(source), Optional.empty());
    }

    /**
     * @return the bean's instance, or null if the container cannot create it yet (Quarkus, before runtime init: a
     *         {@code CreationException})
     */
    static OpenTelemetry tryGet(Supplier<OpenTelemetry> bean) {
        try {
            return bean.get();
        } catch (CreationException e) {
            return null;
        }
    }

    /**
     * Whether an instance records nothing, e.g. MicroProfile Telemetry's with its SDK off ({@code otel.sdk.disabled} is
     * {@code true} by default). Asks for its providers rather than comparing it with {@link OpenTelemetry#noop()}: a
     * bean may be a client proxy of it (Open Liberty's is application scoped).
     */
    static boolean isNoop(OpenTelemetry openTelemetry) {
        return openTelemetry.getTracerProvider() == TracerProvider.noop()
                && openTelemetry.getMeterProvider() == MeterProvider.noop();
    }

    private static boolean globalIsSet() {
        try {
            return GlobalOpenTelemetry.isSet();
        } catch (NoSuchMethodError e) { // an older API without isSet(): asking for the instance would fix it to a no-op
            return false;
        }
    }
}
