package org.lightbus.cdi.telemetry;

import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.inject.Instance;

import org.lightbus.spi.Transport;

/**
 * Decides, when an application connects, whether its events and calls are traced and measured with OpenTelemetry, and
 * if so wraps its transport. Imports nothing of OpenTelemetry, so that the runtime deploys where its API is missing.
 */
public final class Telemetry {

    /** A class of the OpenTelemetry API, looked for without loading it. */
    private static final String API_CLASS = "io.opentelemetry.api.OpenTelemetry";

    private Telemetry() {
    }

    /**
     * What the wrapped transport needs to know of the application.
     *
     * @param system
     *            the messaging system, {@code messaging.system}: the transport's name, e.g. {@code rabbitmq}
     * @param namespace
     *            the namespace, to name the exchanges as the destinations of events
     * @param errorCode
     *            reads the error code of an error reply's body; null if it has none
     * @param unknownProcedureCode
     *            the error code of the reply to a call of a procedure the server does not have
     */
    public record Application(String system, String namespace, Function<byte[], String> errorCode,
            String unknownProcedureCode) {
    }

    /**
     * A transport, traced and measured or as it was.
     *
     * @param transport
     *            the transport to use
     * @param source
     *            where its OpenTelemetry instance came from, for the log; empty if the transport is not traced
     * @param noop
     *            where a no-op OpenTelemetry instance came from, which records nothing (MicroProfile Telemetry with its
     *            SDK off), for the log; empty if none was found, or one that records
     */
    public record Instrumented(Transport transport, Optional<String> source, Optional<String> noop) {

        static Instrumented untraced(Transport transport) {
            return new Instrumented(transport, Optional.empty(), Optional.empty());
        }
    }

    /**
     * @param transport
     *            the application's transport
     * @param enabled
     *            false if the configuration turns telemetry off
     * @param beans
     *            the application's beans, among which an {@code OpenTelemetry} bean may be
     * @param application
     *            what the wrapper needs to know
     *
     * @return the transport traced and measured, if the OpenTelemetry API is present and an instance found; else the
     *         transport itself
     */
    public static Instrumented instrument(Transport transport, boolean enabled, Instance<Object> beans,
            Application application) {
        if (!enabled || !apiPresent()) {
            return Instrumented.untraced(transport);
        }
        return OpenTelemetryLookup.instrument(transport, beans, application);
    }

    private static boolean apiPresent() {
        try {
            Class.forName(API_CLASS, false, Telemetry.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
