package org.lightbus.example.demo;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The broker the user's environment points the applications at, as MicroProfile Config would read it there:
 * {@code LIGHTBUS_RABBITMQ_ADDRESSES} (a cluster, {@code host[:port]} separated by commas), else
 * {@code LIGHTBUS_RABBITMQ_HOST} and {@code LIGHTBUS_RABBITMQ_PORT}, else {@code 127.0.0.1} on the demo's port.
 *
 * @param addresses
 *            the nodes, in order
 * @param fromEnvironment
 *            true if the environment named them
 */
record ConfiguredBroker(List<InetSocketAddress> addresses, boolean fromEnvironment) {

    static final String ADDRESSES = "LIGHTBUS_RABBITMQ_ADDRESSES";
    static final String HOST = "LIGHTBUS_RABBITMQ_HOST";
    static final String PORT = "LIGHTBUS_RABBITMQ_PORT";

    /**
     * @param environment
     *            the environment variables
     * @param defaultPort
     *            the port when none is named
     */
    static ConfiguredBroker of(Map<String, String> environment, int defaultPort) {
        String list = environment.getOrDefault(ADDRESSES, "");
        if (!list.isBlank()) {
            List<InetSocketAddress> addresses = new ArrayList<>();
            for (String entry : list.split(",")) {
                if (!entry.isBlank()) {
                    String[] hostPort = entry.trim().split(":", 2);
                    addresses.add(InetSocketAddress.createUnresolved(hostPort[0],
                            hostPort.length == 2 ? Integer.parseInt(hostPort[1]) : defaultPort));
                }
            }
            return new ConfiguredBroker(List.copyOf(addresses), true);
        }
        String host = environment.get(HOST);
        String port = environment.get(PORT);
        return new ConfiguredBroker(List.of(InetSocketAddress.createUnresolved(host == null ? "127.0.0.1" : host,
                port == null ? defaultPort : Integer.parseInt(port))), host != null || port != null);
    }

    /**
     * @return e.g. {@code 127.0.0.1:5672} or {@code rabbit-1:5672, rabbit-2:5672}
     */
    String describe() {
        return addresses.stream().map(a -> a.getHostString() + ":" + a.getPort()).collect(Collectors.joining(", "));
    }
}
