package org.lightbus.spi;

/**
 * Thrown by a {@link DeliveryHandler} when a message is JSON but does not match the schema of its API: a field missing,
 * of another type, or null where it may not be. Like any {@link UndecodableEventException} it is never retried; it goes
 * to the listener's dead-letter queue at once, with reason {@code invalid} and the message of this exception, which
 * names the field paths and the rules broken.
 */
public class InvalidEventException extends UndecodableEventException {

    private static final long serialVersionUID = 1L;

    /**
     * @param reason
     *            which fields break which rules of the schema
     */
    public InvalidEventException(String reason) {
        super(reason, null);
    }
}
