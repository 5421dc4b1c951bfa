package org.lightbus.cdi.telemetry;

import java.util.concurrent.CompletionException;

import org.lightbus.api.LightbusException;

/**
 * The {@code error.type} of a failure: the stable code of a Lightbus exception (e.g. {@code LBUS03108}, the hold of an
 * outage passed), else the exception's class name, as the semantic conventions ask.
 */
final class ErrorTypes {

    private ErrorTypes() {
    }

    static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException wrapped && wrapped.getCause() != null ? wrapped.getCause()
                : failure;
    }

    static String of(Throwable failure) {
        Throwable error = unwrap(failure);
        return error instanceof LightbusException lightbus && lightbus.code() != null ? lightbus.code()
                : error.getClass().getName();
    }
}
