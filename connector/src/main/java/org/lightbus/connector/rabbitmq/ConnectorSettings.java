package org.lightbus.connector.rabbitmq;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.Config;
import org.lightbus.api.LightbusConfig;

/**
 * The validated settings of one transport.
 *
 * @param addresses
 *            the broker nodes, tried in order: {@code lightbus.rabbitmq.addresses}, else host and port
 * @param username
 *            the user name
 * @param password
 *            the password, never printed
 * @param virtualHost
 *            the virtual host
 * @param queueType
 *            the type of the queues Lightbus declares
 * @param networkRecoveryInterval
 *            the wait between two reconnection attempts
 * @param connectionTimeout
 *            the TCP connection timeout
 * @param namespace
 *            the prefix of exchange and queue names ({@link LightbusConfig#NAMESPACE})
 * @param confirmTimeout
 *            how long a publish waits for its confirm ({@link LightbusConfig#PUBLISH_CONFIRM_TIMEOUT})
 * @param outageHold
 *            how long an event publish may wait for the connection ({@link LightbusConfig#PUBLISH_OUTAGE_HOLD})
 * @param maxInFlight
 *            how many event publishes may be unsettled at once ({@link LightbusConfig#PUBLISH_MAX_IN_FLIGHT})
 * @param startMode
 *            what to do when the broker cannot be reached at start
 * @param heartbeat
 *            the heartbeat interval asked of the broker; zero for none
 * @param tls
 *            how the connection is secured
 */
record ConnectorSettings(List<BrokerAddress> addresses, String username, String password, String virtualHost,
        QueueType queueType, Duration networkRecoveryInterval, Duration connectionTimeout, String namespace,
        Duration confirmTimeout, Duration outageHold, int maxInFlight, StartMode startMode, Duration heartbeat,
        TlsSettings tls) {

    /** The default of {@link LightbusConfig#NAMESPACE}. */
    static final String DEFAULT_NAMESPACE = "lightbus";

    /** The default of {@link LightbusConfig#PUBLISH_CONFIRM_TIMEOUT}. */
    static final String DEFAULT_CONFIRM_TIMEOUT = "10s";

    /** The default of {@link LightbusConfig#PUBLISH_OUTAGE_HOLD}. */
    static final String DEFAULT_OUTAGE_HOLD = "30s";

    /** The default of {@link LightbusConfig#PUBLISH_MAX_IN_FLIGHT}. */
    static final String DEFAULT_MAX_IN_FLIGHT = "1024";

    /**
     * @param config
     *            the application's configuration
     *
     * @return the settings
     *
     * @throws org.lightbus.api.LightbusException
     *             naming the key and the accepted values, if a value is invalid
     */
    static ConnectorSettings from(Config config) {
        ConnectorConfig c = new ConnectorConfig(config);
        ConnectorConfig.Setting list = c.attribute(RabbitMQAttribute.ADDRESSES);
        List<BrokerAddress> addresses = list.value() == null || list.value().isBlank()
                ? List.of(new BrokerAddress(c.attribute(RabbitMQAttribute.HOST).value(),
                        c.attribute(RabbitMQAttribute.PORT).asPort()))
                : list.asAddresses();
        return new ConnectorSettings(addresses, c.attribute(RabbitMQAttribute.USERNAME).value(),
                c.attribute(RabbitMQAttribute.PASSWORD).value(), c.attribute(RabbitMQAttribute.VIRTUAL_HOST).value(),
                c.attribute(RabbitMQAttribute.QUEUE_TYPE).asChoice(QueueType.class),
                c.attribute(RabbitMQAttribute.NETWORK_RECOVERY_INTERVAL).asDuration(),
                c.attribute(RabbitMQAttribute.CONNECTION_TIMEOUT).asDuration(),
                c.key(LightbusConfig.NAMESPACE, DEFAULT_NAMESPACE).value(),
                c.key(LightbusConfig.PUBLISH_CONFIRM_TIMEOUT, DEFAULT_CONFIRM_TIMEOUT).asDuration(),
                c.key(LightbusConfig.PUBLISH_OUTAGE_HOLD, DEFAULT_OUTAGE_HOLD).asDuration(),
                c.key(LightbusConfig.PUBLISH_MAX_IN_FLIGHT, DEFAULT_MAX_IN_FLIGHT).asPositiveInt(),
                c.attribute(RabbitMQAttribute.START_MODE).asChoice(StartMode.class),
                c.attribute(RabbitMQAttribute.HEARTBEAT).asDuration(),
                new TlsSettings(c.attribute(RabbitMQAttribute.TLS).asBoolean(),
                        c.attribute(RabbitMQAttribute.TLS_CA_FILE).asFileOrNull(),
                        c.attribute(RabbitMQAttribute.TLS_VERIFY_HOSTNAME).asBoolean()));
    }

    /**
     * @return the addresses for messages, e.g. {@code 127.0.0.1:5672} or {@code rabbit-1:5672, rabbit-2:5672}
     */
    String where() {
        return addresses.stream().map(BrokerAddress::toString).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return "ConnectorSettings[" + username + "@" + where() + virtualHost + ", queueType=" + queueType
                + ", networkRecoveryInterval=" + networkRecoveryInterval + ", connectionTimeout=" + connectionTimeout
                + ", namespace=" + namespace + ", confirmTimeout=" + confirmTimeout + ", outageHold=" + outageHold
                + ", maxInFlight=" + maxInFlight + ", startMode=" + startMode + ", heartbeat=" + heartbeat + ", tls="
                + tls + "]";
    }
}
