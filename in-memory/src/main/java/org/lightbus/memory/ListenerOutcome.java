package org.lightbus.memory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.lightbus.spi.DeadLetterReason;
import org.lightbus.spi.IncomingEvent;

/**
 * What became of one event at one listener: handled, or moved to the listener's dead letters, after how many attempts.
 *
 * @param listener
 *            the listener, {@code <service>.<listener>}
 * @param event
 *            the event as first delivered
 * @param attempts
 *            the attempt the outcome came at, from 1 (a message too large for the listener is not handed to it, and
 *            counts its delivery attempt)
 * @param skippedBackoffs
 *            the waits the retry policy asked for before each retry, which the in-memory transport did not wait
 * @param deadLetterReason
 *            why the event was dead-lettered; empty if the listener handled it
 * @param error
 *            what the last failed attempt threw; empty if none failed
 */
public record ListenerOutcome(String listener, IncomingEvent event, int attempts, List<Duration> skippedBackoffs,
        Optional<DeadLetterReason> deadLetterReason, Optional<Throwable> error) {

    /** Copies the list. */
    public ListenerOutcome {
        skippedBackoffs = List.copyOf(skippedBackoffs);
    }

    /**
     * @return true if the listener handled the event, at the first attempt or a later one
     */
    public boolean succeeded() {
        return deadLetterReason.isEmpty();
    }

    /**
     * @return true if the event went to the listener's dead letters
     */
    public boolean deadLettered() {
        return deadLetterReason.isPresent();
    }

    @Override
    public String toString() {
        String result = succeeded() ? "succeeded" : "dead-lettered (" + deadLetterReason.get().wireName() + ")";
        return listener + ": " + result + " after " + attempts + (attempts == 1 ? " attempt" : " attempts")
                + error.map(e -> ", last error " + e).orElse("");
    }
}
