package org.lightbus.cdi.runtime;

import org.lightbus.api.LightbusException;
import org.lightbus.spi.ErrorCodes;

/**
 * Turns catalogue messages into exceptions whose {@link LightbusException#code() code} is the message's own.
 */
public final class BusErrors {

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
        return new LightbusException(ErrorCodes.codeOf(message), message, cause);
    }

}
