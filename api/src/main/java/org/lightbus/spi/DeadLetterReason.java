package org.lightbus.spi;

import java.util.Optional;

/**
 * Why a transport moved an event to a listener's dead-letter queue. Every transport applies the same rules: a message
 * larger than {@link ListenerSpec#maxMessageSize()} is {@link #TOO_LARGE} without reaching the handler; a handler that
 * throws an {@link UndecodableEventException} gets {@link #immediate(Throwable) no retry}; any other failure is retried
 * as {@link ListenerSpec#retry()} says, and is {@link #LISTENER_FAILED} once the attempts are used up.
 */
public enum DeadLetterReason {

    /** The message is not a valid event ({@link UndecodableEventException}). */
    UNDECODABLE("undecodable"),
    /** The event does not match the schema of its API ({@link InvalidEventException}). */
    INVALID("invalid"),
    /** The body is larger than the listener takes. */
    TOO_LARGE("too-large"),
    /** The listener failed on every attempt. */
    LISTENER_FAILED("listener-failed");

    private final String wireName;

    DeadLetterReason(String wireName) {
        this.wireName = wireName;
    }

    /**
     * @return the reason as the wire protocol writes it, in the {@code x-lightbus-reason} header
     */
    public String wireName() {
        return wireName;
    }

    /**
     * @param error
     *            what the handler threw
     *
     * @return the reason to dead-letter the event at once, without a retry; empty if the retry policy decides
     */
    public static Optional<DeadLetterReason> immediate(Throwable error) {
        if (error instanceof InvalidEventException) {
            return Optional.of(INVALID);
        }
        if (error instanceof UndecodableEventException) {
            return Optional.of(UNDECODABLE);
        }
        return Optional.empty();
    }
}
