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
 */
record ConnectorSettings(List<BrokerAddress> addresses, String username, String password, String virtualHost,
        QueueType queueType, Duration networkRecoveryInterval, Duration connectionTimeout, String namespace,
        Duration confirmTimeout) {

    /** The default of {@link LightbusConfig#NAMESPACE}. */
    static final String DEFAULT_NAMESPACE = "lightbus";

    /** The default of {@link LightbusConfig#PUBLISH_CONFIRM_TIMEOUT}. */
    static final String DEFAULT_CONFIRM_TIMEOUT = "10s";

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
                ? List.of(new BrokerAddress(c.attribute(RabbitMQAttribute.HOST).asHost(),
                        c.attribute(RabbitMQAttribute.PORT).asPort()))
                : list.asAddresses();
        return new ConnectorSettings(addresses, c.attribute(RabbitMQAttribute.USERNAME).value(),
                c.attribute(RabbitMQAttribute.PASSWORD).value(), c.attribute(RabbitMQAttribute.VIRTUAL_HOST).value(),
                c.attribute(RabbitMQAttribute.QUEUE_TYPE).asChoice(QueueType.class),
                c.attribute(RabbitMQAttribute.NETWORK_RECOVERY_INTERVAL).asDuration(),
                c.attribute(RabbitMQAttribute.CONNECTION_TIMEOUT).asDuration(),
                c.key(LightbusConfig.NAMESPACE, DEFAULT_NAMESPACE).value(),
                c.key(LightbusConfig.PUBLISH_CONFIRM_TIMEOUT, DEFAULT_CONFIRM_TIMEOUT).asDuration());
    }

    /**
     * Parses every setting, as {@link #from} does, without stopping at the first invalid one.
     *
     * @param config
     *            the application's configuration
     *
     * @return a message for each invalid value, naming the key and the accepted values; empty if all are valid
     */
    static List<String> problems(Config config) {
        ConnectorConfig c = new ConnectorConfig(config);
        List<String> problems = new ArrayList<>();
        ConnectorConfig.Setting list = c.attribute(RabbitMQAttribute.ADDRESSES);
        if (list.value() == null || list.value().isBlank()) {
            check(problems, () -> c.attribute(RabbitMQAttribute.HOST).asHost());
            check(problems, () -> c.attribute(RabbitMQAttribute.PORT).asPort());
        } else {
            check(problems, list::asAddresses);
        }
        check(problems, () -> c.attribute(RabbitMQAttribute.QUEUE_TYPE).asChoice(QueueType.class));
        check(problems, () -> c.attribute(RabbitMQAttribute.NETWORK_RECOVERY_INTERVAL).asDuration());
        check(problems, () -> c.attribute(RabbitMQAttribute.CONNECTION_TIMEOUT).asDuration());
        check(problems, () -> c.key(LightbusConfig.PUBLISH_CONFIRM_TIMEOUT, DEFAULT_CONFIRM_TIMEOUT).asDuration());
        return problems;
    }

    private static void check(List<String> problems, Supplier<?> parse) {
        try {
            parse.get();
        } catch (LightbusException e) {
            problems.add(e.getMessage());
        }
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
                + ", namespace=" + namespace + ", confirmTimeout=" + confirmTimeout + "]";
    }
}
