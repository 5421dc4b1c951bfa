package org.lightbus.cdi.runtime;

import org.lightbus.api.EventContext;

/**
 * Takes the events of an incoming Reactive Messaging channel on the bus ({@link BusLifecycle#listen}), one at a time:
 * returning acknowledges the event, throwing fails it as a listener method's exception does (retried, then
 * dead-lettered), and throwing {@link org.lightbus.spi.NotHandledException} returns it to the queue.
 */
@FunctionalInterface
public interface ChannelSink {

    /**
     * @param payload
     *            the event's record, its JSON as a {@code String}, or the body as a {@code byte[]}, as the channel's
     *            consumer declares
     * @param context
     *            the event's metadata
     *
     * @throws Exception
     *             if the event failed
     */
    void accept(Object payload, EventContext context) throws Exception;

    /**
     * Tells the sink that its listener stops: an {@link #accept} that waits for the channel's consumer should give its
     * event back soon. Called before the listener waits for a running {@code accept} to return.
     */
    default void stop() {
    }
}
