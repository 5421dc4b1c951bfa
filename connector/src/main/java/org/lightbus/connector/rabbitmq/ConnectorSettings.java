package org.lightbus.connector.rabbitmq;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.Config;
import org.lightbus.api.LightbusConfig;
import org.lightbus.api.LightbusException;

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
        List<String> problems = new ArrayList<>();
        ConnectorSettings settings = parse(config, problems, problems);
        if (!problems.isEmpty()) {
            throw ConnectorExceptions.lightbus(problems.get(0), null);
        }
        return settings;
    }

    /**
     * Parses every setting of the connector's own ({@code lightbus.rabbitmq.*} and the aliases), as {@link #from} does,
     * without stopping at the first invalid one. The runtime's {@code lightbus.publish.*} keys, which the connector
     * reads too, are the runtime's to report.
     *
     * @param config
     *            the application's configuration
     *
     * @return a message for each invalid value, naming the key and the accepted values; empty if all are valid
     */
    static List<String> problems(Config config) {
        List<String> problems = new ArrayList<>();
        parse(config, problems, new ArrayList<>());
        return problems;
    }

    /**
     * @param problems
     *            collects the invalid values of the connector's own keys
     * @param runtimeProblems
     *            collects the invalid values of the runtime's keys
     *
     * @return the settings, or null if a value is invalid
     */
    private static ConnectorSettings parse(Config config, List<String> problems, List<String> runtimeProblems) {
        ConnectorConfig c = new ConnectorConfig(config);
        Checked check = new Checked(problems);
        Checked runtime = new Checked(runtimeProblems);
        ConnectorConfig.Setting list = c.attribute(RabbitMQAttribute.ADDRESSES);
        List<BrokerAddress> addresses = list.value() == null || list.value().isBlank()
                ? check.parse(() -> List.of(new BrokerAddress(c.attribute(RabbitMQAttribute.HOST).asHost(),
                        c.attribute(RabbitMQAttribute.PORT).asPort())))
                : check.parse(list::asAddresses);
        QueueType queueType = check.parse(() -> c.attribute(RabbitMQAttribute.QUEUE_TYPE).asChoice(QueueType.class));
        Duration recovery = check.parse(() -> c.attribute(RabbitMQAttribute.NETWORK_RECOVERY_INTERVAL).asDuration());
        Duration connectionTimeout = check.parse(() -> c.attribute(RabbitMQAttribute.CONNECTION_TIMEOUT).asDuration());
        Duration confirmTimeout = runtime
                .parse(() -> c.key(LightbusConfig.PUBLISH_CONFIRM_TIMEOUT, DEFAULT_CONFIRM_TIMEOUT).asDuration());
        Duration outageHold = runtime
                .parse(() -> c.key(LightbusConfig.PUBLISH_OUTAGE_HOLD, DEFAULT_OUTAGE_HOLD).asDuration());
        Integer maxInFlight = runtime
                .parse(() -> c.key(LightbusConfig.PUBLISH_MAX_IN_FLIGHT, DEFAULT_MAX_IN_FLIGHT).asPositiveInt());
        StartMode startMode = check.parse(() -> c.attribute(RabbitMQAttribute.START_MODE).asChoice(StartMode.class));
        Duration heartbeat = check.parse(() -> c.attribute(RabbitMQAttribute.HEARTBEAT).asDuration());
        TlsSettings tls = check.parse(() -> new TlsSettings(c.attribute(RabbitMQAttribute.TLS).asBoolean(),
                c.attribute(RabbitMQAttribute.TLS_CA_FILE).asFileOrNull(),
                c.attribute(RabbitMQAttribute.TLS_VERIFY_HOSTNAME).asBoolean()));
        if (!problems.isEmpty() || !runtimeProblems.isEmpty()) {
            return null;
        }
        return new ConnectorSettings(addresses, c.attribute(RabbitMQAttribute.USERNAME).value(),
                c.attribute(RabbitMQAttribute.PASSWORD).value(), c.attribute(RabbitMQAttribute.VIRTUAL_HOST).value(),
                queueType, recovery, connectionTimeout, c.key(LightbusConfig.NAMESPACE, DEFAULT_NAMESPACE).value(),
                confirmTimeout, outageHold, maxInFlight, startMode, heartbeat, tls);
    }

    /** Parses values, collecting the problems instead of stopping at the first. */
    private record Checked(List<String> problems) {
        /**
         * @return the parsed value, or null (and a problem) if it is invalid
         */
        <T> T parse(Supplier<T> parser) {
            try {
                return parser.get();
            } catch (LightbusException e) {
                problems.add(e.getMessage());
                return null;
            }
        }
    }

    /**
     * @return the longest a publish takes to settle: waiting for room (at most the confirm timeout), held through an
     *         outage, then waiting for its confirm
     */
    Duration publishBound() {
        return confirmTimeout.multipliedBy(2).plus(outageHold);
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
