package org.lightbus.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.MessageListener;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.DirectMessageListenerContainer;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Events whose consumer always fails, through plain Spring AMQP: the publisher of {@link SpringEvents}; a
 * {@code DirectMessageListenerContainer} (prefetch 100) whose listener maps each message back to the record, then
 * throws {@code AmqpRejectAndDontRequeueException}, on which the container rejects it and the queue dead-letters it to
 * a fanout exchange with the dead-letter queue bound.
 */
final class SpringFailures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SpringFailures() {
    }

    /** Starts the publisher and the consumer, after declaring the queues and exchanges. */
    static DeadLetterScenario.Failing start(String exchange, String queue, String deadLetterExchange,
            String deadLetterQueue) {
        CachingConnectionFactory listenerConnection = SpringEvents.connection("bench-spring-failing-listener");
        CachingConnectionFactory publisherConnection = SpringEvents.connection("bench-spring-failing-publisher");
        publisherConnection.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        RabbitAdmin admin = new RabbitAdmin(listenerConnection);
        FanoutExchange deadLetters = new FanoutExchange(deadLetterExchange, true, false);
        Queue deadLetterQueueDeclared = QueueBuilder.durable(deadLetterQueue).quorum().build();
        admin.declareExchange(deadLetters);
        admin.declareQueue(deadLetterQueueDeclared);
        admin.declareBinding(BindingBuilder.bind(deadLetterQueueDeclared).to(deadLetters));
        TopicExchange events = new TopicExchange(exchange, true, false);
        Queue failing = QueueBuilder.durable(queue).quorum()
                .withArguments(Map.of("x-dead-letter-exchange", deadLetterExchange)).build();
        admin.declareExchange(events);
        admin.declareQueue(failing);
        admin.declareBinding(BindingBuilder.bind(failing).to(events).with("ping"));
        DirectMessageListenerContainer container = new DirectMessageListenerContainer(listenerConnection);
        container.setQueueNames(queue);
        container.setAcknowledgeMode(AcknowledgeMode.AUTO);
        container.setPrefetchCount(100);
        container.setDefaultRequeueRejected(false);
        container.setMessageListener((MessageListener) message -> {
            try {
                JSON.readValue(message.getBody(), BenchApi.Ping.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new AmqpRejectAndDontRequeueException("always fails");
        });
        container.setErrorHandler(failure -> {
        });
        container.afterPropertiesSet();
        container.start();
        RabbitTemplate template = new RabbitTemplate(publisherConnection);
        template.setExchange(exchange);
        template.setRoutingKey("ping");
        return new DeadLetterScenario.Failing(count -> SpringEvents.sendAll(template, count, Source.PADDING), () -> {
            container.stop();
            template.destroy();
            publisherConnection.destroy();
            listenerConnection.destroy();
        });
    }
}
