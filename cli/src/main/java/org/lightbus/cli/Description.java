package org.lightbus.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One application instance as it described itself ({@code docs/protocol.md}, "Service directory"): a record from the
 * directory stream ({@code started}, {@code stopped}) or an answer to a request ({@code running}). Read leniently: a
 * member that is missing or of the wrong type reads as absent.
 *
 * @param moment
 *            {@code started}, {@code running} or {@code stopped}
 * @param connected
 *            running only: whether its connection is open; null otherwise
 * @param published
 *            running only: what it published since its start
 */
record Description(String moment, String service, String instance, String host, long pid, Instant startedAt, Instant at,
        List<String> owns, List<String> serves, List<String> calls, List<Listener> listeners, Boolean connected,
        List<Published> published) {

    static final String STARTED = "started";
    static final String RUNNING = "running";
    static final String STOPPED = "stopped";

    /**
     * A listener as described; the counts and times are those of a running instance, else 0 and null.
     *
     * @param consuming
     *            whether its consumer is active; null if not told
     */
    record Listener(String listener, String api, String event, Boolean consuming, long delivered, Instant lastDelivered,
            long failed, Failure lastFailure) {
    }

    /** The last failure of a listener's handler. */
    record Failure(Instant at, String type, String message) {
    }

    /** What an instance published of one event. */
    record Published(String api, String event, long count, Instant last) {
    }

    /**
     * @return the description, or null if the document is not one (no service, instance or moment)
     */
    static Description of(JsonNode document) {
        if (!document.isObject() || text(document, "service") == null || text(document, "instance") == null
                || text(document, "moment") == null) {
            return null;
        }
        List<Listener> listeners = new ArrayList<>();
        for (JsonNode listener : document.path("listeners")) {
            if (text(listener, "listener") != null && text(listener, "api") != null
                    && text(listener, "event") != null) {
                JsonNode failure = listener.path("lastFailure");
                listeners.add(new Listener(text(listener, "listener"), text(listener, "api"), text(listener, "event"),
                        listener.path("consuming").isBoolean() ? listener.path("consuming").booleanValue() : null,
                        listener.path("delivered").asLong(0), instant(listener, "lastDelivered"),
                        listener.path("failed").asLong(0),
                        failure.isObject()
                                ? new Failure(instant(failure, "at"), text(failure, "type"), text(failure, "message"))
                                : null));
            }
        }
        List<Published> published = new ArrayList<>();
        for (JsonNode event : document.path("published")) {
            if (text(event, "api") != null && text(event, "event") != null) {
                published.add(new Published(text(event, "api"), text(event, "event"), event.path("count").asLong(0),
                        instant(event, "last")));
            }
        }
        return new Description(text(document, "moment"), text(document, "service"), text(document, "instance"),
                text(document, "host"), document.path("pid").asLong(0), instant(document, "startedAt"),
                instant(document, "at"), strings(document, "owns"), strings(document, "serves"),
                strings(document, "calls"), List.copyOf(listeners),
                document.path("connected").isBoolean() ? document.path("connected").booleanValue() : null,
                List.copyOf(published));
    }

    /**
     * @return whether the instance names the API in any role: owner, server, client or listener
     */
    boolean concerns(String api) {
        return owns.contains(api) || serves.contains(api) || calls.contains(api)
                || listeners.stream().anyMatch(listener -> listener.api().equals(api));
    }

    /**
     * @return {@code <host> pid <pid>}, to tell instances apart in messages
     */
    String where() {
        return (host == null ? "?" : host) + " pid " + pid;
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.path(member);
        return value.isTextual() ? value.textValue() : null;
    }

    private static Instant instant(JsonNode node, String member) {
        String text = text(node, member);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> strings(JsonNode node, String member) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : node.path(member)) {
            if (value.isTextual()) {
                values.add(value.textValue());
            }
        }
        return List.copyOf(values);
    }
}
