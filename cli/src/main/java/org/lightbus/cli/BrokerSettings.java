package org.lightbus.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the broker is and how to log in, with the namespace of the bus: the same settings as the applications'
 * ({@code docs/configuration.md}), resolved by {@link SettingsResolver}.
 *
 * @param addresses
 *            the broker nodes, tried in order: {@code lightbus.rabbitmq.addresses}, else host and port
 * @param username
 *            the user name
 * @param password
 *            the password, never printed
 * @param virtualHost
 *            the virtual host
 * @param namespace
 *            the prefix of every exchange and queue of the bus
 * @param tls
 *            whether to connect with TLS
 * @param tlsCaFile
 *            the PEM file of the CA to trust instead of the JVM's trust store, or null
 * @param tlsVerifyHostname
 *            whether the broker's certificate must name the host
 * @param managementUrl
 *            the RabbitMQ management HTTP API, used only to list queues
 * @param managementUsername
 *            the user name for the management API
 * @param managementPassword
 *            its password, never printed
 */
record BrokerSettings(List<Address> addresses, String username, String password, String virtualHost, String namespace,
        boolean tls, Path tlsCaFile, boolean tlsVerifyHostname, URI managementUrl, String managementUsername,
        String managementPassword) {

    /**
     * One broker node.
     *
     * @param host
     *            its host name or address
     * @param port
     *            its AMQP port
     */
    record Address(String host, int port) {
        @Override
        public String toString() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /**
     * @return the nodes and the virtual host, for messages, e.g. {@code 127.0.0.1:5672 (virtual host /)}
     */
    String where() {
        return addresses.stream().map(Address::toString).collect(Collectors.joining(", ")) + " (virtual host "
                + virtualHost + ")";
    }

    /**
     * @param service
     *            a service name
     * @param listener
     *            one of its listeners
     *
     * @return the listener's queue, {@code <namespace>.<service>.<listener>}
     */
    String listenerQueue(String service, String listener) {
        return namespace + "." + service + "." + listener;
    }

    /**
     * @param listenerQueue
     *            a listener queue
     *
     * @return its dead-letter queue
     */
    static String deadLetterQueue(String listenerQueue) {
        return listenerQueue + ".dlq";
    }

    @Override
    public String toString() {
        return "BrokerSettings[" + username + "@" + where() + ", namespace=" + namespace + ", tls=" + tls
                + ", managementUrl=" + managementUrl + "]";
    }
}
