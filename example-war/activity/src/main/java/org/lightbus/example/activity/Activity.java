package org.lightbus.example.activity;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What this application did, newest last, for the example's live page: the last {@value #KEPT} entries, in memory.
 *
 * <pre>
 * activity.record(Activity.Kind.HANDLED, user.username(), "resized " + user.avatar());
 * </pre>
 */
@ApplicationScoped
public class Activity {

    /** How many entries are kept. */
    public static final int KEPT = 200;

    /** What an entry reports. */
    public enum Kind {
        /** An account was stored and its event published. */
        SIGNED_UP,
        /** A sign-up was refused. */
        REFUSED,
        /** A remote procedure call was served. */
        SERVED,
        /** A remote procedure was called. */
        CALLED,
        /** A listener handled an event. */
        HANDLED,
        /** A listener failed on an event; the bus tries again later. */
        FAILED,
        /** A listener failed on the last allowed attempt; the bus moves the event to the dead-letter queue. */
        DEAD_LETTERED
    }

    /**
     * One thing the application did.
     *
     * @param time
     *            when, the server's local time, e.g. {@code 14:03:07.123}
     * @param kind
     *            what kind of thing
     * @param user
     *            the username it concerns
     * @param text
     *            what happened, in words
     */
    public record Entry(String time, Kind kind, String user, String text) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();

    /**
     * Adds an entry, dropping the oldest beyond {@value #KEPT}.
     *
     * @param kind
     *            what kind of thing happened
     * @param user
     *            the username it concerns
     * @param text
     *            what happened, in words
     */
    public synchronized void record(Kind kind, String user, String text) {
        entries.addLast(new Entry(LocalTime.now().truncatedTo(ChronoUnit.MILLIS).toString(), kind, user, text));
        if (entries.size() > KEPT) {
            entries.removeFirst();
        }
    }

    /**
     * @return the entries, oldest first
     */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }
}
