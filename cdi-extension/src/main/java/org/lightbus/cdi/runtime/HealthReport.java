package org.lightbus.cdi.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.lightbus.spi.TransportHealth;

/**
 * How the bus of one application is, for its health checks: it is live while it runs, even through a broker outage
 * (restarting the application would not bring the broker back); it is ready when it is connected and every listener,
 * incoming channel and server consumes.
 *
 * @param live
 *            the liveness: the bus runs
 * @param ready
 *            the readiness: connected, and every listener and server consumes
 * @param details
 *            {@code service} (the service name: a server with several applications shows several checks of that name),
 *            {@code connection}, and one entry per listener ({@code listener <name>}) and per served API
 *            ({@code server <api>}), each a short sentence, in that order
 */
public record HealthReport(boolean live, boolean ready, Map<String, String> details) {

    static final String CONSUMING = "consuming";
    static final String NOT_CONSUMING = "not consuming";

    /**
     * @return the report of a bus that has not started yet, or has stopped: live, not ready
     */
    static HealthReport notRunning() {
        return new HealthReport(true, false, Map.of("connection", "the bus is not running"));
    }

    /**
     * @param service
     *            the application's service name
     * @param transport
     *            what the transport tells
     * @param listeners
     *            the names of the listeners and incoming channels the application started
     * @param servers
     *            the APIs it serves
     *
     * @return the report
     */
    static HealthReport of(String service, TransportHealth transport, Set<String> listeners, Set<String> servers) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("service", service);
        details.put("connection",
                transport.problem() != null ? transport.problem() : transport.connected() ? "up" : "down");
        boolean ready = transport.connected();
        for (String listener : listeners) {
            boolean consuming = consuming(transport, transport.listeners(), listener);
            details.put("listener " + listener, consuming ? CONSUMING : NOT_CONSUMING);
            ready &= consuming;
        }
        for (String api : servers) {
            boolean consuming = consuming(transport, transport.servers(), api);
            details.put("server " + api, consuming ? CONSUMING : NOT_CONSUMING);
            ready &= consuming;
        }
        return new HealthReport(true, ready, Collections.unmodifiableMap(details));
    }

    private static boolean consuming(TransportHealth transport, Map<String, Boolean> reported, String name) {
        return transport.consumersReported() ? reported.getOrDefault(name, false) : transport.connected();
    }
}
