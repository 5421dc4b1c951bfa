package org.lightbus.benchmarks;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.DirectMessageListenerContainer;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The same events through plain Spring AMQP, without Spring Boot: a {@code RabbitTemplate} with correlated publisher
 * confirms (at most 1,024 in flight) sends persistent JSON messages to a topic exchange; a
 * {@code DirectMessageListenerContainer} with manual acknowledgements and a prefetch of 100 consumes them from a quorum
 * queue bound to it ({@link SpringSink}). Publisher and consumer have a connection each, as two applications would.
 */
final class SpringEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Confirms waited for at most, as the bus's publisher has. */
    private static final int IN_FLIGHT = 1_024;

    private SpringEvents() {
    }

    static String queue(String namespace) {
        return namespace + ".spring.pings";
    }

    static String exchange(String namespace) {
        return namespace + ".spring";
    }

    static Rig start(String namespace) {
        CachingConnectionFactory listenerConnection = connection("bench-spring-listener");
        CachingConnectionFactory publisherConnection = connection("bench-spring-publisher");
        publisherConnection.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        TopicExchange exchange = new TopicExchange(exchange(namespace), true, false);
        Queue queue = QueueBuilder.durable(queue(namespace)).quorum().build();
        RabbitAdmin admin = new RabbitAdmin(listenerConnection);
        admin.declareExchange(exchange);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with("ping"));
        SpringSink sink = new SpringSink();
        DirectMessageListenerContainer container = container(listenerConnection, queue.getName(), sink);
        RabbitTemplate template = new RabbitTemplate(publisherConnection);
        template.setExchange(exchange.getName());
        template.setRoutingKey("ping");
        AtomicReference<String> padding = new AtomicReference<>(Source.PADDING);
        return new Rig(queue.getName(), sender(template, padding::get), padding::set, sink.arrivals(),
                List.of(container::stop, template::destroy, publisherConnection::destroy, listenerConnection::destroy));
    }

    /** A started container on the queue with manual acknowledgements and a prefetch of 100. */
    static DirectMessageListenerContainer container(CachingConnectionFactory connection, String queue,
            ChannelAwareMessageListener listener) {
        DirectMessageListenerContainer container = new DirectMessageListenerContainer(connection);
        container.setQueueNames(queue);
        container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
        container.setPrefetchCount(100);
        container.setMessageListener(listener);
        container.afterPropertiesSet();
        container.start();
        return container;
    }

    static CachingConnectionFactory connection(String name) {
        CachingConnectionFactory factory = new CachingConnectionFactory("127.0.0.1", 5672);
        factory.setUsername("guest");
        factory.setPassword("guest");
        factory.setConnectionNameStrategy(f -> name);
        return factory;
    }

    /**
     * Sends one event at a time through the template, each once fewer than {@value #IN_FLIGHT} are waiting for their
     * confirm, with the padding of the moment; each completes on the broker's confirm.
     */
    static LongFunction<CompletableFuture<?>> sender(RabbitTemplate template, Supplier<String> padding) {
        Semaphore window = new Semaphore(IN_FLIGHT);
        return sequence -> send(template, window, sequence, padding.get());
    }

    /** Sends {@code count} events ({@link #sender}); completes when the broker has confirmed all of them. */
    static CompletableFuture<Void> sendAll(RabbitTemplate template, int count, String padding) {
        return Rig.sendAll(count, sender(template, () -> padding));
    }

    /**
     * Sends one event, once fewer than {@value #IN_FLIGHT} are waiting for their confirm; completes on the broker's
     * confirm.
     */
    private static CompletableFuture<Void> send(RabbitTemplate template, Semaphore window, long sequence,
            String padding) {
        try {
            MessageProperties properties = new MessageProperties();
            properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
            Message message = new Message(JSON.writeValueAsBytes(new BenchApi.Ping(sequence, padding)), properties);
            CorrelationData correlation = new CorrelationData();
            window.acquire();
            CompletableFuture<Void> confirmed = correlation.getFuture().thenAccept(confirm -> {
                window.release();
                if (!confirm.ack()) {
                    throw new IllegalStateException("nacked: " + confirm.reason());
                }
            });
            template.send(template.getExchange(), template.getRoutingKey(), message, correlation);
            return confirmed;
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
