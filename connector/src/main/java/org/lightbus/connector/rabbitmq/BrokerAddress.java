package org.lightbus.connector.rabbitmq;

import java.util.ArrayList;
import java.util.List;

/**
 * One broker node to connect to.
 *
 * @param host
 *            the host name or address
 * @param port
 *            the AMQP port
 */
record BrokerAddress(String host, int port) {

    /** The AMQP port when an address names none. */
    static final int DEFAULT_PORT = 5672;

    private static final int MAX_PORT = 65535;

    /**
     * @param list
     *            {@code host[:port]} entries separated by commas; an IPv6 address in brackets, e.g. {@code [::1]:5672}
     *
     * @return the addresses in the order given
     *
     * @throws IllegalArgumentException
     *             naming the entry that is not {@code host[:port]}, or if there is none
     */
    static List<BrokerAddress> parseList(String list) {
        List<BrokerAddress> addresses = new ArrayList<>();
        for (String entry : list.split(",")) {
            if (!entry.isBlank()) {
                addresses.add(parse(entry.trim()));
            }
        }
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("no address in '" + list + "'");
        }
        return List.copyOf(addresses);
    }

    private static BrokerAddress parse(String entry) {
        if (entry.contains("@") || entry.contains("/")) { // not quoted: it may hold a password
            throw new IllegalArgumentException("an entry is a URI or holds a user name or password");
        }
        int close = entry.startsWith("[") ? entry.indexOf(']') : -1;
        int colon = close >= 0 ? entry.indexOf(':', close) : entry.lastIndexOf(':');
        if (close < 0 && colon != entry.indexOf(':')) {
            throw new IllegalArgumentException("'" + entry + "' is not host[:port]; write an IPv6 address in brackets");
        }
        String host = colon < 0 ? entry : entry.substring(0, colon);
        host = close >= 0 ? host.substring(1, close) : host;
        if (host.isBlank()) {
            throw new IllegalArgumentException("'" + entry + "' names no host");
        }
        return new BrokerAddress(host, colon < 0 ? DEFAULT_PORT : port(entry, entry.substring(colon + 1)));
    }

    private static int port(String entry, String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= MAX_PORT) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + entry + "' has no port from 1 to " + MAX_PORT + " after the colon");
    }

    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
