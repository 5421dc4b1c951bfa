package org.lightbus.spi;

/**
 * Describes one running application instance to the operators' tools ({@code lightbus inspect}): which APIs it owns,
 * serves and calls, which listeners it runs, whether they consume, and what it published and received lately. See
 * {@link Transport#announce} and {@code docs/protocol.md}, "Service directory".
 */
@FunctionalInterface
public interface ServiceDescriber {

    /** What a description is for. */
    enum Moment {
        /** The instance has started: a record for the directory, without activity. */
        STARTED,
        /** The instance answers a request: with its state and activity now. */
        RUNNING,
        /** The instance is stopping: a record for the directory. */
        STOPPED
    }

    /**
     * Called on the transport's threads, never concurrently; must not block.
     *
     * @param moment
     *            what the description is for; not null
     *
     * @return the description document, UTF-8 JSON; not null
     */
    byte[] describe(Moment moment);
}
