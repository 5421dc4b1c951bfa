package org.lightbus.spi;

/**
 * Thrown by a {@link DeliveryHandler} when a message cannot be turned into an event: not JSON, the wrong shape, or
 * missing metadata. Such a message is never retried: it goes to the listener's dead-letter queue with the message of
 * this exception as the reason.
 */
public class UndecodableEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param reason
     *            why the message is not a valid event, naming what is wrong
     * @param cause
     *            the underlying parse error, or null
     */
    public UndecodableEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
