package org.lightbus.spi;

import org.eclipse.microprofile.config.Config;

/**
 * Creates {@link Transport}s. Implementations are found with {@link java.util.ServiceLoader}: a connector jar lists its
 * factory in {@code META-INF/services/org.lightbus.spi.TransportFactory}. Exactly one must be present.
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
}
