package org.lightbus.spi;

/**
 * Processes one delivered event. See {@link Transport#listen} for what returning and throwing mean.
 */
@FunctionalInterface
public interface DeliveryHandler {

    /**
     * @param event
     *            the delivered event; not null
     *
     * @throws UndecodableEventException
     *             if the message is not a valid event: it is dead-lettered at once
     * @throws NotHandledException
     *             if the handler gives the delivery back unhandled: it returns to the queue, not counted as an attempt
     * @throws Exception
     *             if the listener failed: the event is retried or dead-lettered
     */
    void handle(IncomingEvent event) throws Exception;
}
