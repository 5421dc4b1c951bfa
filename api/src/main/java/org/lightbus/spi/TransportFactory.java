package org.lightbus.spi;

import java.util.List;

import org.eclipse.microprofile.config.Config;

/**
 * Creates {@link Transport}s. Implementations are found with {@link java.util.ServiceLoader}: a connector jar lists its
 * factory in {@code META-INF/services/org.lightbus.spi.TransportFactory}. Exactly one must be present.
 *
 * <p>
 * When the application starts, the runtime checks its configuration before it connects: it asks the factory for the
 * problems of the connector's values ({@link #configProblems}) and reports them with its own, all at once.
 */
public interface TransportFactory {

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
