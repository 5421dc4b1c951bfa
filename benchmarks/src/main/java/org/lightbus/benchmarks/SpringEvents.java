package org.lightbus.benchmarks;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

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

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The same events through plain Spring AMQP, without Spring Boot: a {@code RabbitTemplate} with correlated publisher
 * confirms (at most 1,024 in flight) sends persistent JSON messages to a topic exchange; a
 * {@code DirectMessageListenerContainer} with manual acknowledgements and a prefetch of 100 consumes them from a quorum
 * queue bound to it ({@link SpringSink}). Publisher and consumer have a connection each, as two applications would.
 */
final class SpringEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

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
        DirectMessageListenerContainer container = new DirectMessageListenerContainer(listenerConnection);
        container.setQueueNames(queue.getName());
        container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
        container.setPrefetchCount(100);
        container.setMessageListener(sink);
        container.afterPropertiesSet();
        container.start();
        RabbitTemplate template = new RabbitTemplate(publisherConnection);
        template.setExchange(exchange.getName());
        template.setRoutingKey("ping");
        AtomicReference<String> padding = new AtomicReference<>(Source.PADDING);
        return new Rig(queue.getName(), count -> sendAll(template, count, padding.get()), padding::set, sink::expect,
                sink::latch,
                List.of(container::stop, template::destroy, publisherConnection::destroy, listenerConnection::destroy));
    }

    static CachingConnectionFactory connection(String name) {
        CachingConnectionFactory factory = new CachingConnectionFactory("127.0.0.1", 5672);
        factory.setUsername("guest");
        factory.setPassword("guest");
        factory.setConnectionNameStrategy(f -> name);
        return factory;
    }

    /** Sends {@code count} events and returns when the broker has confirmed all of them. */
    static CompletableFuture<Void> sendAll(RabbitTemplate template, int count, String padding) {
        Semaphore window = new Semaphore(1_024);
        CompletableFuture<?>[] confirms = new CompletableFuture<?>[count];
        try {
            for (int i = 0; i < count; i++) {
                MessageProperties properties = new MessageProperties();
                properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
                Message message = new Message(JSON.writeValueAsBytes(new BenchApi.Ping(i, padding)), properties);
                CorrelationData correlation = new CorrelationData();
                window.acquire();
                confirms[i] = correlation.getFuture().thenAccept(confirm -> {
                    window.release();
                    if (!confirm.ack()) {
                        throw new IllegalStateException("nacked: " + confirm.reason());
                    }
                });
                template.send(template.getExchange(), template.getRoutingKey(), message, correlation);
            }
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.allOf(confirms);
    }
}
