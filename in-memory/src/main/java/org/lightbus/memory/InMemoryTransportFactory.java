package org.lightbus.memory;

import org.eclipse.microprofile.config.Config;
import org.lightbus.api.LightbusConfig;
import org.lightbus.spi.Transport;
import org.lightbus.spi.TransportFactory;

/**
 * The transport {@value #NAME}: connects the application to the {@link InMemoryBroker} of its
 * {@code lightbus.namespace}.
 */
public final class InMemoryTransportFactory implements TransportFactory {

    /** The {@linkplain #name() name} of this transport, for {@code lightbus.transport}. */
    public static final String NAME = "in-memory";

    private static final String DEFAULT_NAMESPACE = "lightbus";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Transport create(Config config, String serviceName) {
        String namespace = config.getOptionalValue(LightbusConfig.NAMESPACE, String.class).map(String::trim)
                .orElse(DEFAULT_NAMESPACE);
        return InMemoryBroker.named(namespace).connect(serviceName);
    }
}
