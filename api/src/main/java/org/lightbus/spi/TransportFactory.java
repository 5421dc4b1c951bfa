package org.lightbus.spi;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.config.Config;

/**
 * Creates {@link Transport}s. Implementations are found with {@link java.util.ServiceLoader}: a connector jar lists its
 * factory in {@code META-INF/services/org.lightbus.spi.TransportFactory}. When several are present, the runtime uses
 * the one that {@link org.lightbus.api.LightbusConfig#TRANSPORT} names, or else the one of highest {@link #priority()}
 * (a tie is a deployment error that names them).
 *
 * <p>
 * When the application starts, the runtime checks its configuration before it connects: it asks the factory for the
 * problems of the connector's values ({@link #configProblems}) and reports them with its own, all at once, and it warns
 * about every {@code lightbus.*} key that neither it nor the connector reads ({@link #configKeys}).
 */
public interface TransportFactory {

    /** In a key of {@link #configKeys()}, stands for the name of any API of the application. */
    String API_PLACEHOLDER = "<api>";

    /** In a key of {@link #configKeys()}, stands for the name of any procedure of an API of the application. */
    String PROCEDURE_PLACEHOLDER = "<procedure>";

    /** In a key of {@link #configKeys()}, stands for the name of any listener of the application. */
    String LISTENER_PLACEHOLDER = "<listener>";

    /**
     * @return the name of this transport, by which {@link org.lightbus.api.LightbusConfig#TRANSPORT} chooses it, e.g.
     *         {@code rabbitmq}; the default is the class name
     */
    default String name() {
        return getClass().getName();
    }

    /**
     * @return which transport is used when several are present and {@link org.lightbus.api.LightbusConfig#TRANSPORT} is
     *         not set: the highest; the default is 0. A test kit that records what the application sends is above the
     *         connectors it wraps.
     */
    default int priority() {
        return 0;
    }

    /**
     * Connects to the broker.
     *
     * @param config
     *            the application's configuration, to read connection settings from; not null
     * @param serviceName
     *            the application's service name; not null
     *
     * @return a connected transport
     *
     * @throws org.lightbus.api.LightbusException
     *             if the configuration is invalid or the broker cannot be reached
     */
    Transport create(Config config, String serviceName);

    /**
     * The configuration keys this connector reads, so that the runtime can tell a misspelt key from a connector's. A
     * key may contain {@link #API_PLACEHOLDER}, {@link #PROCEDURE_PLACEHOLDER} or {@link #LISTENER_PLACEHOLDER}, e.g.
     * {@code lightbus.example.<listener>.credits}. Keys outside {@code lightbus.} (aliases shared with other tools) may
     * be listed; the runtime does not check those.
     *
     * @return the keys; the default is none
     */
    default Set<String> configKeys() {
        return Set.of();
    }

    /**
     * Parses every setting of the connector without connecting.
     *
     * @param config
     *            the application's configuration; not null
     *
     * @return one catalogue message per invalid value, each naming the key, the value and the accepted form, e.g.
     *         {@code LBUS03001: The value 'amqp' of lightbus.rabbitmq.port is not accepted: use an integer from 1 to
     *         65535}; empty when all are valid (the default)
     */
    default List<String> configProblems(Config config) {
        return List.of();
    }
}
