package org.lightbus.spi;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The state of a transport's connection and consumers at one moment, for health checks ({@link Transport#health()}).
 *
 * @param connected
 *            whether the connection to the broker is open now
 * @param problem
 *            why the transport cannot do its work now (the connection is down, the broker blocks publishing), in a
 *            sentence for operators; null when there is none
 * @param consumersReported
 *            whether the transport reports its listeners and servers: when it does, one it does not list is not
 *            consuming
 * @param listeners
 *            for each listener started on the transport, by listener name, whether it is consuming now
 * @param servers
 *            for each API served on the transport, by API name, whether its server is consuming calls now
 */
public record TransportHealth(boolean connected, String problem, boolean consumersReported,
        Map<String, Boolean> listeners, Map<String, Boolean> servers) {

    /** Copies the maps, sorted by name. */
    public TransportHealth {
        listeners = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(listeners, "listeners")));
        servers = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(servers, "servers")));
    }

    /**
     * @param connected
     *            whether the connection is open
     * @param problem
     *            why the transport cannot work now, or null
     * @param listeners
     *            whether each listener consumes, by listener name
     * @param servers
     *            whether each server consumes, by API name
     *
     * @return the health of a transport that reports its consumers
     */
    public static TransportHealth of(boolean connected, String problem, Map<String, Boolean> listeners,
            Map<String, Boolean> servers) {
        return new TransportHealth(connected, problem, true, listeners, servers);
    }

    /**
     * @return the health of a transport that tells nothing about itself: connected, without problem, its consumers not
     *         reported
     */
    public static TransportHealth unreported() {
        return new TransportHealth(true, null, false, Map.of(), Map.of());
    }
}
