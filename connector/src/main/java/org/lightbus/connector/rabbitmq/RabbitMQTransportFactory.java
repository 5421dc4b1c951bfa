package org.lightbus.connector.rabbitmq;

import static org.eclipse.microprofile.reactive.messaging.spi.ConnectorAttribute.Direction.INCOMING_AND_OUTGOING;

import java.util.Objects;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.spi.ConnectorAttribute;
import org.lightbus.spi.Transport;
import org.lightbus.spi.TransportFactory;

/**
 * Creates {@link RabbitMQTransport}s; found by {@link java.util.ServiceLoader}.
 *
 * <p>
 * The connector attributes below are the only declaration of the connector's keys (under {@code lightbus.rabbitmq.}):
 * {@link ConnectorSettings} reads them with their defaults and aliases, and {@code docs/configuration.md} is generated
 * from them. The aliases are the global keys of the SmallRye RabbitMQ connector, so that one set of broker settings
 * serves both.
 */
@ConnectorAttribute(name = "host", type = "string", direction = INCOMING_AND_OUTGOING, alias = "rabbitmq-host", defaultValue = "127.0.0.1", description = "The broker host name")
@ConnectorAttribute(name = "port", type = "int", direction = INCOMING_AND_OUTGOING, alias = "rabbitmq-port", defaultValue = "5672", description = "The broker port")
@ConnectorAttribute(name = "username", type = "string", direction = INCOMING_AND_OUTGOING, alias = "rabbitmq-username", defaultValue = "guest", description = "The user name to log in with")
@ConnectorAttribute(name = "password", type = "string", direction = INCOMING_AND_OUTGOING, alias = "rabbitmq-password", defaultValue = "guest", description = "The password to log in with; never logged")
@ConnectorAttribute(name = "virtual-host", type = "string", direction = INCOMING_AND_OUTGOING, alias = "rabbitmq-virtual-host", defaultValue = "/", description = "The virtual host")
@ConnectorAttribute(name = "queue-type", type = "string", direction = INCOMING_AND_OUTGOING, defaultValue = "quorum", description = "The type of the listener, retry and dead-letter queues: `quorum` or `classic`. Existing queues "
        + "keep their type: delete them to change it")
@ConnectorAttribute(name = "network-recovery-interval", type = "duration", direction = INCOMING_AND_OUTGOING, defaultValue = "1s", description = "The wait before each reconnection attempt after the connection was lost")
@ConnectorAttribute(name = "connection-timeout", type = "duration", direction = INCOMING_AND_OUTGOING, defaultValue = "10s", description = "The TCP connection timeout")
public final class RabbitMQTransportFactory implements TransportFactory {

    /**
     * Reads the settings from {@code config} and connects.
     *
     * @throws org.lightbus.api.LightbusException
     *             if a setting is invalid (naming the key and the accepted values) or the broker cannot be reached or
     *             refuses the login (naming host, port and the keys to set)
     */
    @Override
    public Transport create(Config config, String serviceName) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(serviceName, "serviceName");
        return RabbitMQTransport.connect(ConnectorSettings.from(config), serviceName);
    }
}
