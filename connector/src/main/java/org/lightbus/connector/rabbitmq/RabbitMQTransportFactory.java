package org.lightbus.connector.rabbitmq;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.config.Config;
import org.lightbus.spi.Transport;
import org.lightbus.spi.TransportFactory;

/**
 * Creates {@link RabbitMQTransport}s; found by {@link java.util.ServiceLoader}.
 *
 * <p>
 * The connector's keys (under {@code lightbus.rabbitmq.}) are declared once, in {@code RabbitMQAttribute}.
 */
public final class RabbitMQTransportFactory implements TransportFactory {

    /** The {@linkplain #name() name} of this transport, for {@code lightbus.transport}. */
    public static final String NAME = "rabbitmq";

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Reads the settings from {@code config} and connects; if the broker cannot be reached and
     * {@code lightbus.rabbitmq.start-mode} is {@code wait} (the default), returns a transport that connects in the
     * background.
     *
     * @throws org.lightbus.api.LightbusException
     *             if a setting is invalid (naming the key and the accepted values), the broker refuses the login, or it
     *             cannot be reached and the start mode is {@code fail} (naming host, port and the keys to set)
     */
    @Override
    public Transport create(Config config, String serviceName) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(serviceName, "serviceName");
        ConnectorSettings settings = ConnectorSettings.from(config);
        return settings.startMode() == StartMode.WAIT ? ConnectingTransport.start(settings, serviceName)
                : RabbitMQTransport.connect(settings, serviceName);
    }

    /**
     * @return the keys of the {@code RabbitMQAttribute} declarations under {@code lightbus.rabbitmq.}, and their
     *         aliases
     */
    @Override
    public Set<String> configKeys() {
        Set<String> keys = new TreeSet<>();
        for (RabbitMQAttribute attribute : RabbitMQAttribute.values()) {
            keys.add(attribute.key());
            if (attribute.alias() != null) {
                keys.add(attribute.alias());
            }
        }
        return keys;
    }

    @Override
    public List<String> configProblems(Config config) {
        Objects.requireNonNull(config, "config");
        return ConnectorSettings.problems(config);
    }
}
