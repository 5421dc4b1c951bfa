package org.lightbus.connector.rabbitmq;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

import org.lightbus.api.PublishException;

/**
 * The event publishes that wait for the connection to come back (or for the broker to unblock publishing), to be sent
 * then with the same message id. A publish is held only while it is younger than {@code hold}; {@link #expire} fails
 * the older ones. Thread-safe: the client's I/O thread holds the publishes a lost channel had not had confirmed.
 */
final class HeldPublishes {

    private final Queue<Publish> queue = new ConcurrentLinkedQueue<>();
    private final Duration hold;
    private final Settler settler;

    /**
     * @param hold
     *            how long a publish may wait, from the moment the application handed it over; zero holds none
     */
    HeldPublishes(Duration hold, Settler settler) {
        this.hold = hold;
        this.settler = settler;
    }

    /**
     * Holds the publish if it is an event publish younger than the hold time.
     *
     * @return false if it may not be held: the caller fails it
     */
    boolean hold(Publish publish) {
        if (!publish.holdable() || System.nanoTime() - publish.acceptedNanos() >= hold.toNanos()) {
            return false;
        }
        queue.add(publish);
        return true;
    }

    /**
     * @return the next publish to send, or null if none is held
     */
    Publish next() {
        return queue.poll();
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    int size() {
        return queue.size();
    }

    /** Fails the publishes held {@code hold} or longer before {@code nowNanos}. */
    void expire(long nowNanos, Function<MessageRef, PublishException> failure) {
        List<Publish> expired = new ArrayList<>();
        for (Publish publish : queue) {
            if (nowNanos - publish.acceptedNanos() >= hold.toNanos() && queue.remove(publish)) {
                expired.add(publish);
            }
        }
        settler.settle(expired, failure);
    }

    /** Fails every held publish. */
    void failAll(Function<MessageRef, PublishException> failure) {
        List<Publish> all = new ArrayList<>();
        for (Publish publish; (publish = queue.poll()) != null;) {
            all.add(publish);
        }
        settler.settle(all, failure);
    }
}
