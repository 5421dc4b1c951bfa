package org.lightbus.cdi.runtime;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.SortedMap;
import java.util.UUID;
import java.util.function.Supplier;

import org.lightbus.cdi.codec.JsonCodec;
import org.lightbus.spi.ServiceDescriber;
import org.lightbus.spi.TransportHealth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The description of this application instance ({@code docs/protocol.md}, "Service directory"): who it is, the APIs it
 * owns, serves and calls, its listeners; when it answers a request, also whether it is connected and whether each
 * listener consumes; when it answers and when it stops, its {@link BusActivity activity}.
 */
final class InstanceDescriber implements ServiceDescriber {

    /** The version of the description document. */
    static final int VERSION = 1;

    /** A listener as described: its name and the event it takes. */
    record ListenerEntry(String api, String event) {
    }

    /** What the application is made of; the listeners change as incoming channels start and stop. */
    record Parts(Set<String> owns, Set<String> serves, Set<String> calls,
            Supplier<SortedMap<String, ListenerEntry>> listeners) {
    }

    private final String service;
    private final String instance = UUID.randomUUID().toString();
    private final String host = hostName();
    private final long pid = ProcessHandle.current().pid();
    private final Instant startedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final Parts parts;
    private final Supplier<TransportHealth> health;
    private final BusActivity activity;
    private final JsonCodec codec;

    InstanceDescriber(String service, Parts parts, Supplier<TransportHealth> health, BusActivity activity,
            JsonCodec codec) {
        this.service = service;
        this.parts = parts;
        this.health = health;
        this.activity = activity;
        this.codec = codec;
    }

    @Override
    public byte[] describe(Moment moment) {
        return codec.write(document(moment));
    }

    ObjectNode document(Moment moment) {
        boolean running = moment == Moment.RUNNING;
        boolean active = moment != Moment.STARTED; // a stopped instance leaves its final activity in the directory
        TransportHealth now = running ? health.get() : null;
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("version", VERSION).put("moment", moment.name().toLowerCase()).put("service", service)
                .put("instance", instance).put("host", host).put("pid", pid).put("startedAt", startedAt.toString())
                .put("at", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        if (running) {
            document.put("connected", now.connected());
        }
        strings(document.putArray("owns"), parts.owns());
        strings(document.putArray("serves"), parts.serves());
        strings(document.putArray("calls"), parts.calls());
        ArrayNode listeners = document.putArray("listeners");
        parts.listeners().get().forEach((name, entry) -> {
            ObjectNode listener = listeners.addObject().put("listener", name).put("api", entry.api()).put("event",
                    entry.event());
            if (running && now.consumersReported()) {
                listener.put("consuming", now.connected() && Boolean.TRUE.equals(now.listeners().get(name)));
            }
            if (active) {
                describeActivity(listener, name);
            }
        });
        if (active) {
            ArrayNode published = document.putArray("published");
            activity.published()
                    .forEach(event -> seen(published.addObject().put("api", event.api()).put("event", event.event()),
                            "count", "last", event.seen()));
        }
        return document;
    }

    private void describeActivity(ObjectNode listener, String name) {
        BusActivity.Listener seen = activity.listener(name);
        seen(listener, "delivered", "lastDelivered", seen.delivered());
        seen(listener, "failed", "lastFailed", seen.failed());
        BusActivity.Failure failure = seen.lastFailure();
        if (failure != null) {
            listener.putObject("lastFailure").put("at", Instant.ofEpochMilli(failure.atMillis()).toString())
                    .put("type", failure.type()).put("message", failure.message());
        }
    }

    private static void seen(ObjectNode node, String count, String last, BusActivity.Seen seen) {
        node.put(count, seen.count());
        if (seen.last() != null) {
            node.put(last, seen.last().toString());
        }
    }

    private static void strings(ArrayNode array, Set<String> values) {
        values.stream().sorted().forEach(array::add);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
