package org.lightbus.spi;

/**
 * A running listener, returned by {@link Transport#listen}.
 */
public interface ListenerHandle extends AutoCloseable {

    /**
     * Stops the delivery to this listener; an event being handled is finished first. Events not yet delivered stay in
     * the queue. Idempotent.
     */
    @Override
    void close();
}
