package org.lightbus.cdi.telemetry;

import java.util.function.Supplier;

import io.opentelemetry.api.OpenTelemetry;

/**
 * The instruments of an application whose OpenTelemetry bean cannot be created yet when it connects: Quarkus starts the
 * application scope, and with it the bus, at static init, and creates its {@code OpenTelemetry} bean only at runtime
 * init. Asks for the bean at each use until it comes; until then, events and calls pass untraced ({@code null}).
 */
final class LateInstruments implements Supplier<Instruments> {

    private final Supplier<OpenTelemetry> bean;
    private volatile Instruments instruments;

    LateInstruments(Supplier<OpenTelemetry> bean) {
        this.bean = bean;
    }

    @Override
    public Instruments get() {
        Instruments current = instruments;
        if (current == null) {
            OpenTelemetry openTelemetry = OpenTelemetryLookup.tryGet(bean);
            if (openTelemetry == null) {
                return null;
            }
            current = new Instruments(openTelemetry);
            instruments = current;
        }
        return current;
    }
}
