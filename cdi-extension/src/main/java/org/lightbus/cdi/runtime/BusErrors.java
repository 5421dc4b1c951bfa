package org.lightbus.cdi.runtime;

import org.lightbus.api.LightbusException;

/**
 * Turns catalogue messages into exceptions whose {@link LightbusException#code() code} is the message's own.
 */
public final class BusErrors {

    private static final int CODE_LENGTH = "LBUS00000".length();

    private BusErrors() {
    }

    /**
     * @param message
     *            a catalogue message, starting with its code
     * @param cause
     *            the cause, or null
     *
     * @return the exception to throw
     */
    public static LightbusException exception(String message, Throwable cause) {
        return new LightbusException(codeOf(message), message, cause);
    }

    /**
     * @param message
     *            a catalogue message
     *
     * @return its code, e.g. {@code LBUS02001}
     */
    public static String codeOf(String message) {
        return message.substring(0, CODE_LENGTH);
    }
}
