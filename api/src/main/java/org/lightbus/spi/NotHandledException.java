package org.lightbus.spi;

/**
 * Thrown by a {@link DeliveryHandler} that gives a delivery back without handling it, because its listener is stopping
 * (an incoming Reactive Messaging channel whose subscriber went away). The transport returns the event to the
 * listener's queue as it was: it does not count as an attempt, and another instance, or this one once it listens again,
 * gets it.
 */
public class NotHandledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param reason
     *            why the delivery is given back
     */
    public NotHandledException(String reason) {
        super(reason);
    }
}
