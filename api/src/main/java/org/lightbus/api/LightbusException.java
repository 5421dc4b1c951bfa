package org.lightbus.api;

import java.util.Objects;

/**
 * The base type of every exception Lightbus throws to application code.
 *
 * <p>
 * Every instance carries a stable {@linkplain #code() error code} ({@code LBUS} and five digits) that is also the start
 * of its message, so that it can be searched for in logs and documentation.
 */
public class LightbusException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    /**
     * @param code
     *            the stable error code, e.g. {@code LBUS02001}; not null
     * @param message
     *            the message, starting with the code; not null
     * @param cause
     *            the cause, or null
     */
    public LightbusException(String code, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * @return the stable error code, e.g. {@code LBUS02001}; never null
     */
    public String code() {
        return code;
    }
}
