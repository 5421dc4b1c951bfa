/**
 * The RabbitMQ transport of Lightbus, built on the RabbitMQ Java client. Internal: nothing in this package is an API;
 * the runtime finds {@link org.lightbus.connector.rabbitmq.RabbitMQTransportFactory} through
 * {@link java.util.ServiceLoader} and uses it only through {@link org.lightbus.spi}.
 *
 * <p>
 * The wire protocol (exchanges, queues, properties and headers, retries and dead letters, RPC) is specified in
 * {@code docs/protocol.md}, the configuration keys in {@code docs/configuration.md}.
 */
package org.lightbus.connector.rabbitmq;
