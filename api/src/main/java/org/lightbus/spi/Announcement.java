package org.lightbus.spi;

/**
 * An application instance made known to the operators' tools by {@link Transport#announce}.
 */
public interface Announcement extends ListenerHandle {

    /** Announces nothing. */
    Announcement NONE = new Announcement() {
        @Override
        public void changed() {
            // nothing announced
        }

        @Override
        public void close() {
            // nothing announced
        }
    };

    /**
     * Records the instance again as {@linkplain ServiceDescriber.Moment#STARTED started}, because what it is made of
     * changed (a listener started or stopped after the start).
     */
    void changed();

    /** Records the stop and stops answering description requests. Idempotent. */
    @Override
    void close();
}
