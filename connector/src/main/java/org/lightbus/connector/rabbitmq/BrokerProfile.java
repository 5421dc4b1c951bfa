package org.lightbus.connector.rabbitmq;

import java.util.Map;

/**
 * What the broker at the other end of a connection offers, told by the server properties it sends when the connection
 * opens. RabbitMQ offers everything the protocol uses ({@code docs/protocol.md}). Any other AMQP 0-9-1 broker, such as
 * Apache Qpid Broker-J (the embedded development broker), gets the same behaviour by other means:
 * <ul>
 * <li>queues are declared without arguments: no queue type, no dead-letter exchange, no overflow policy;</li>
 * <li>calls carry no per-message TTL (Qpid reads {@code expiration} as a point in time, so every call would expire at
 * once): a server drops an expired call by its deadline header alone;</li>
 * <li>a failed event waits out its backoff unacknowledged in its listener, then the connector publishes the next
 * attempt to the listener queue, instead of parking it in a retry queue whose per-message TTL sends it back;</li>
 * <li>RPC replies come to a reply queue of the calling application's own instead of RabbitMQ's direct reply-to.</li>
 * </ul>
 * Dead letters are published by the connector on every broker.
 *
 * @param product
 *            the broker's {@code product} server property, e.g. {@code RabbitMQ}
 * @param version
 *            the broker's {@code version} server property
 * @param rabbitMq
 *            true for RabbitMQ
 */
record BrokerProfile(String product, String version, boolean rabbitMq) {

    /** The {@code product} server property of RabbitMQ. */
    static final String RABBITMQ = "RabbitMQ";

    /**
     * @param serverProperties
     *            the server properties of a connection ({@code Connection.getServerProperties()})
     */
    static BrokerProfile of(Map<String, Object> serverProperties) {
        String product = text(serverProperties.get("product"), "an unknown AMQP 0-9-1 broker");
        String version = text(serverProperties.get("version"), "");
        return new BrokerProfile(product, version, RABBITMQ.equals(product));
    }

    /**
     * @return true if queues may be declared with RabbitMQ's arguments ({@code x-queue-type}, dead-letter exchange,
     *         overflow)
     */
    boolean queueArguments() {
        return rabbitMq;
    }

    /**
     * @return true if a retry waits in a retry queue whose per-message TTL dead-letters it back to the listener queue;
     *         false if the connector holds the delivery for the backoff
     */
    boolean delaysRetries() {
        return rabbitMq;
    }

    /**
     * @return true if the {@code expiration} property is a time to live in milliseconds, as in RabbitMQ
     */
    boolean messageTtl() {
        return rabbitMq;
    }

    /**
     * @return true if RPC replies use RabbitMQ's direct reply-to; false for a reply queue per client
     */
    boolean directReplyTo() {
        return rabbitMq;
    }

    /**
     * @return the broker's name and version, e.g. {@code RabbitMQ 4.1.4}
     */
    String name() {
        return version.isEmpty() ? product : product + " " + version;
    }

    private static String text(Object value, String absent) {
        // the client passes long strings as LongString, whose toString() decodes them as UTF-8
        return value == null || value.toString().isBlank() ? absent : value.toString();
    }
}
