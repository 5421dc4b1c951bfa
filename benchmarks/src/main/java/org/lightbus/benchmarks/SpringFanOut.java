package org.lightbus.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.Channel;

/**
 * The fan-out through plain Spring AMQP: the publisher of {@link SpringEvents} sends to a topic exchange; each of the
 * five services has a quorum queue bound to it, consumed by two {@code DirectMessageListenerContainer}s (manual
 * acknowledgements, prefetch 100), each on a connection of its own as two instances of the service would be.
 */
final class SpringFanOut {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SpringFanOut() {
    }

    static String exchange(String namespace) {
        return namespace + ".spring-fan-out";
    }

    static String queue(String namespace, int service) {
        return exchange(namespace) + "." + service;
    }

    static Rig start(String namespace, Arrivals deliveries) {
        List<AutoCloseable> containers = new ArrayList<>();
        List<AutoCloseable> connections = new ArrayList<>();
        CachingConnectionFactory publisherConnection = SpringEvents.connection("bench-spring-fan-out-publisher");
        publisherConnection.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        connections.add(publisherConnection::destroy);
        TopicExchange exchange = new TopicExchange(exchange(namespace), true, false);
        RabbitAdmin admin = new RabbitAdmin(publisherConnection);
        admin.declareExchange(exchange);
        ChannelAwareMessageListener listener = (message, channel) -> receive(message, channel, deliveries);
        for (int service = 1; service <= FanOutScenario.SERVICES; service++) {
            Queue queue = QueueBuilder.durable(queue(namespace, service)).quorum().build();
            admin.declareQueue(queue);
            admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with("ping"));
            for (int instance = 1; instance <= FanOutScenario.INSTANCES; instance++) {
                CachingConnectionFactory connection = SpringEvents
                        .connection("bench-spring-fan-out-" + service + "-" + instance);
                connections.add(connection::destroy);
                containers.add(SpringEvents.container(connection, queue.getName(), listener)::stop);
            }
        }
        RabbitTemplate template = new RabbitTemplate(publisherConnection);
        template.setExchange(exchange.getName());
        template.setRoutingKey("ping");
        containers.add(template::destroy);
        containers.addAll(connections);
        AtomicReference<String> padding = new AtomicReference<>(Source.PADDING);
        return FanOutScenario.rig(SpringEvents.sender(template, padding::get), padding::set, deliveries, containers);
    }

    private static void receive(Message message, Channel channel, Arrivals deliveries) throws IOException {
        deliveries.arrived(JSON.readValue(message.getBody(), BenchApi.Ping.class));
        channel.basicAck(message.getMessageProperties().getDeliveryTag(), false);
    }
}
