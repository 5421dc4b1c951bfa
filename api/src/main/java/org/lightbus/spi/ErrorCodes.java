package org.lightbus.spi;

/**
 * Reads the stable code a catalogue message starts with ({@code LBUS03001: ...}), so that runtime and connectors create
 * {@link org.lightbus.api.LightbusException}s whose {@code code()} is the one their message shows.
 */
public final class ErrorCodes {

    private ErrorCodes() {
    }

    /**
     * @param message
     *            a catalogue message, e.g. {@code LBUS02001: No service name is configured...}
     *
     * @return its code, e.g. {@code LBUS02001}
     *
     * @throws IllegalArgumentException
     *             if the message does not start with a code and a colon
     */
    public static String codeOf(String message) {
        int colon = message.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Not a catalogue message: " + message);
        }
        return message.substring(0, colon);
    }
}
