package org.lightbus.cdi.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.inject.CreationException;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.propagation.ContextPropagators;

/**
 * Which OpenTelemetry instances record nothing, so that the transport stays as it is; a bean that the container creates
 * only after the application connected.
 */
class OpenTelemetryLookupTest {

    @Test
    void theNoopInstanceRecordsNothingAlsoBehindAProxy() {
        assertThat(OpenTelemetryLookup.isNoop(OpenTelemetry.noop())).isTrue();
        // as a client proxy of an application scoped bean, e.g. MicroProfile Telemetry's with its SDK off
        assertThat(OpenTelemetryLookup.isNoop(new Delegating(OpenTelemetry.noop()))).isTrue();
    }

    @Test
    void anSdkRecords() {
        try (SdkTelemetry telemetry = new SdkTelemetry()) {
            assertThat(OpenTelemetryLookup.isNoop(telemetry.sdk())).isFalse();
            assertThat(OpenTelemetryLookup.isNoop(new Delegating(telemetry.sdk()))).isFalse();
        }
    }

    @Test
    void aBeanThatCannotBeCreatedYetIsAskedForAgainUntilItComesAndMeanwhileNothingIsTraced() {
        try (SdkTelemetry telemetry = new SdkTelemetry()) {
            AtomicBoolean ready = new AtomicBoolean();
            LateInstruments instruments = new LateInstruments(() -> {
                if (!ready.get()) { // as Quarkus before runtime init
                    throw new CreationException("Synthetic bean instance for OpenTelemetry not initialized yet");
                }
                return telemetry.sdk();
            });

            assertThat(instruments.get()).isNull();
            ready.set(true);
            Instruments created = instruments.get();
            assertThat(created).isNotNull();
            assertThat(instruments.get()).isSameAs(created);
        }
    }

    /** What a client proxy does: every call goes to the instance behind it. */
    private record Delegating(OpenTelemetry delegate) implements OpenTelemetry {

        @Override
        public TracerProvider getTracerProvider() {
            return delegate.getTracerProvider();
        }

        @Override
        public MeterProvider getMeterProvider() {
            return delegate.getMeterProvider();
        }

        @Override
        public ContextPropagators getPropagators() {
            return delegate.getPropagators();
        }
    }
}
