package org.lightbus.benchmarks;

import java.util.HashMap;
import java.util.Map;

import io.smallrye.reactive.messaging.rabbitmq.RabbitMQConnector;

/**
 * The configuration of an application on SmallRye's RabbitMQ connector with the benchmark's settings: persistent
 * messages sent to a topic exchange with confirms (at most 1,024 in flight), consumed from quorum queues with manual
 * acknowledgements and a prefetch of 100, tracing off.
 */
final class RabbitChannels {

    private final Map<String, String> config = new HashMap<>();

    private RabbitChannels(String namespace) {
        config.putAll(Map.of("rabbitmq-host", "127.0.0.1", "rabbitmq-port", "5672", "rabbitmq-username", "guest",
                "rabbitmq-password", "guest",
                // the bus's extension is on the class path: it runs, with nothing to do
                "lightbus.service-name", "bench-smallrye", "lightbus.namespace", namespace, "lightbus.transport",
                "rabbitmq"));
    }

    static RabbitChannels in(String namespace) {
        return new RabbitChannels(namespace);
    }

    /** An outgoing channel to the exchange, with the routing key {@code ping}. */
    RabbitChannels outgoing(String channel, String exchange) {
        String out = "mp.messaging.outgoing." + channel + ".";
        config.putAll(Map.of(out + "connector", RabbitMQConnector.CONNECTOR_NAME, out + "exchange.name", exchange,
                out + "exchange.type", "topic", out + "default-routing-key", "ping", out + "publish-confirms", "true",
                out + "max-inflight-messages", "1024", out + "tracing.enabled", "false"));
        return this;
    }

    /** An incoming channel from the queue, bound to the exchange with the routing key {@code ping}. */
    RabbitChannels incoming(String channel, String exchange, String queue) {
        String in = "mp.messaging.incoming." + channel + ".";
        config.putAll(Map.of(in + "connector", RabbitMQConnector.CONNECTOR_NAME, in + "exchange.name", exchange,
                in + "exchange.type", "topic", in + "queue.name", queue, in + "queue.x-queue-type", "quorum",
                in + "routing-keys", "ping", in + "auto-acknowledgement", "false", in + "max-outstanding-messages",
                "100", in + "tracing.enabled", "false"));
        return this;
    }

    /** Sets an attribute of the incoming channel. */
    RabbitChannels with(String channel, String attribute, String value) {
        config.put("mp.messaging.incoming." + channel + "." + attribute, value);
        return this;
    }

    Map<String, String> toMap() {
        return Map.copyOf(config);
    }
}
