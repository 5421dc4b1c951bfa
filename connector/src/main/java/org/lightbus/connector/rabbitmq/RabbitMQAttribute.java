package org.lightbus.connector.rabbitmq;

/**
 * The connection settings of the connector, declared once: {@link ConnectorConfig} looks each up under
 * {@code lightbus.rabbitmq.<name>}, then under its alias, then applies its default, and the connector table of
 * {@code docs/configuration.md} is generated from these constants. The aliases are the global keys of the SmallRye
 * RabbitMQ connector, so that one set of broker settings serves both.
 */
enum RabbitMQAttribute {

    HOST("host", "string", "127.0.0.1", "rabbitmq-host", "The broker host name"),
    PORT("port", "int", "5672", "rabbitmq-port", "The broker port"),
    ADDRESSES("addresses", "list", "", null,
            "The nodes of a RabbitMQ cluster, `host[:port]` separated by commas, e.g. `rabbit-1:5672,rabbit-2`: "
                    + "connecting and every reconnection try them in order. When set, `host` and `port` are not used"),
    USERNAME("username", "string", "guest", "rabbitmq-username", "The user name to log in with"),
    PASSWORD("password", "string", "guest", "rabbitmq-password", "The password to log in with; never logged"),
    VIRTUAL_HOST("virtual-host", "string", "/", "rabbitmq-virtual-host", "The virtual host"),
    QUEUE_TYPE("queue-type", "string", "quorum", null,
            "The type of the listener, retry and dead-letter queues: `quorum` or `classic`. Existing queues keep "
                    + "their type: delete them to change it"),
    NETWORK_RECOVERY_INTERVAL("network-recovery-interval", "duration", "1s", null,
            "The wait before each reconnection attempt after the connection was lost"),
    CONNECTION_TIMEOUT("connection-timeout", "duration", "10s", null,
            "How long connecting, and any channel operation such as a declaration, may take before it fails"),
    HEARTBEAT("heartbeat", "duration", "60s", null,
            "The heartbeat interval asked of the broker: a connection that stays silent for about twice as long is "
                    + "considered lost and recovered. `0s` turns heartbeats off"),
    TLS("tls", "boolean", "false", null,
            "Connect with TLS (`amqps`; RabbitMQ's TLS port is usually 5671: set `port` too). The broker's "
                    + "certificate must be trusted by the JVM, or by `tls-ca-file`, and name the host connected to"),
    TLS_CA_FILE("tls-ca-file", "string", "", null,
            "A PEM file with the certificates of the private CA that signed the broker's certificate, trusted instead "
                    + "of the JVM's trust store"),
    TLS_VERIFY_HOSTNAME("tls-verify-hostname", "boolean", "true", null,
            "Check that the broker's certificate names the host connected to. Turn off only for a broker reached "
                    + "by an address its certificate does not name"),
    START_MODE("start-mode", "string", "wait", null,
            "What happens when the broker cannot be reached as the application starts: `wait` starts the application "
                    + "and connects in the background every `network-recovery-interval`, then starts its listeners "
                    + "and servers (event publishes are held meanwhile, for `lightbus.publish.outage-hold`; calls "
                    + "fail at once); `fail` fails the start. A refused login or TLS handshake fails the start in both "
                    + "modes");

    private final String attributeName;
    private final String type;
    private final String defaultValue;
    private final String alias;
    private final String description;

    RabbitMQAttribute(String attributeName, String type, String defaultValue, String alias, String description) {
        this.attributeName = attributeName;
        this.type = type;
        this.defaultValue = defaultValue;
        this.alias = alias;
        this.description = description;
    }

    /**
     * @return the name relative to {@link ConnectorConfig#PREFIX}, e.g. {@code virtual-host}
     */
    String attributeName() {
        return attributeName;
    }

    /**
     * @return the full key, e.g. {@code lightbus.rabbitmq.virtual-host}
     */
    String key() {
        return ConnectorConfig.PREFIX + attributeName;
    }

    /**
     * @return {@code string}, {@code int}, {@code boolean}, {@code duration} or {@code list}, for the documentation
     */
    String type() {
        return type;
    }

    /**
     * @return the default value, never null
     */
    String defaultValue() {
        return defaultValue;
    }

    /**
     * @return the alias key, or null when there is none
     */
    String alias() {
        return alias;
    }

    String description() {
        return description;
    }
}
