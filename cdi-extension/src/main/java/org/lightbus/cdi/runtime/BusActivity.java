package org.lightbus.cdi.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.lightbus.spi.DeliveryHandler;
import org.lightbus.spi.NotHandledException;

/**
 * What this application instance published and received since it started, for its description to the operators' tools:
 * per event, how many were published (confirmed by the broker) and when the last one was; per listener, how many
 * deliveries it took and when the last one came, how many failed and the last failure. Counting costs a map lookup and
 * two writes per message.
 */
final class BusActivity {

    /** How often something happened, and the last time, in milliseconds since the epoch (0: never). */
    record Seen(long count, long lastMillis) {

        /**
         * @return the last time, or null if never
         */
        Instant last() {
            return lastMillis == 0 ? null : Instant.ofEpochMilli(lastMillis);
        }
    }

    /** The last failure of a listener's handler. */
    record Failure(long atMillis, String type, String message) {
    }

    /** What was published of one event. */
    record Published(String api, String event, Seen seen) {
    }

    /** A listener's deliveries and failures. */
    record Listener(Seen delivered, Seen failed, Failure lastFailure) {
    }

    private static final int MAX_MESSAGE = 1_000;

    /** By API, then event: looked up without building a key per message. */
    private final Map<String, Map<String, Counter>> published = new ConcurrentHashMap<>();
    private final Map<String, ListenerCounters> listeners = new ConcurrentHashMap<>();

    /** Counts a publish the broker confirmed. */
    void published(String api, String event) {
        published.computeIfAbsent(api, key -> new ConcurrentHashMap<>()).computeIfAbsent(event, key -> new Counter())
                .count();
    }

    /**
     * @return a handler that counts the deliveries to the listener and its failures, then runs the given one; an event
     *         handed back unhandled ({@link NotHandledException}) counts as neither
     */
    DeliveryHandler observe(String listener, DeliveryHandler handler) {
        ListenerCounters counters = listeners.computeIfAbsent(listener, name -> new ListenerCounters());
        return event -> {
            try {
                handler.handle(event);
                counters.delivered.count();
            } catch (NotHandledException e) {
                throw e;
            } catch (Exception | Error e) {
                counters.delivered.count();
                counters.failed(e);
                throw e;
            }
        };
    }

    /**
     * @return the publishes, by API then event
     */
    List<Published> published() {
        List<Published> list = new ArrayList<>();
        new TreeMap<>(published).forEach((api, events) -> new TreeMap<>(events)
                .forEach((event, counter) -> list.add(new Published(api, event, counter.seen()))));
        return list;
    }

    /**
     * @return the listener's deliveries so far; none if it had none
     */
    Listener listener(String name) {
        ListenerCounters counters = listeners.get(name);
        if (counters == null) {
            return new Listener(new Seen(0, 0), new Seen(0, 0), null);
        }
        return new Listener(counters.delivered.seen(), counters.failed.seen(), counters.lastFailure);
    }

    private static final class Counter {
        private final LongAdder count = new LongAdder();
        private volatile long lastMillis;

        void count() {
            count.increment();
            lastMillis = System.currentTimeMillis();
        }

        Seen seen() {
            return new Seen(count.sum(), lastMillis);
        }
    }

    private static final class ListenerCounters {
        final Counter delivered = new Counter();
        final Counter failed = new Counter();
        volatile Failure lastFailure;

        void failed(Throwable error) {
            failed.count();
            String message = error.getMessage() == null ? "" : error.getMessage();
            lastFailure = new Failure(System.currentTimeMillis(), error.getClass().getName(),
                    message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message);
        }
    }
}
