package org.lightbus.connector.rabbitmq;

import java.util.Objects;

/**
 * One {@code @ConnectorAttribute} of {@link RabbitMQTransportFactory}, as read by {@link AttributeDeclarations}.
 *
 * @param name
 *            the attribute name, relative to {@link ConnectorConfig#PREFIX}
 * @param type
 *            the declared type, e.g. {@code string}, {@code int}, {@code duration}
 * @param description
 *            the description
 * @param defaultValue
 *            the default value, or null when there is none
 * @param alias
 *            the alias key, or null when there is none
 */
record AttributeDeclaration(String name, String type, String description, String defaultValue, String alias) {

    /** Checks that the mandatory components are there. */
    AttributeDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }

    /**
     * @return the full configuration key, e.g. {@code lightbus.rabbitmq.host}
     */
    String key() {
        return ConnectorConfig.PREFIX + name;
    }
}
