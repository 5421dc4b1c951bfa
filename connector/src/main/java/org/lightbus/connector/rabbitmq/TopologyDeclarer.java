package org.lightbus.connector.rabbitmq;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;

/**
 * Declares exchanges and queues with the arguments of the wire protocol. Declarations are idempotent; on a recovering
 * channel the client records them and repeats them after a reconnection.
 *
 * @param queueType
 *            the type of every queue declared, on RabbitMQ
 * @param broker
 *            what the broker offers: other brokers get queues without arguments and no retry queue
 */
record TopologyDeclarer(QueueType queueType, BrokerProfile broker) {

    /**
     * Declares an API's exchange without waiting for the broker's answer, for the publishing channel. A failure closes
     * the channel.
     */
    void declareExchangeNoWait(Channel channel, String exchange) throws IOException {
        channel.exchangeDeclareNoWait(exchange, BuiltinExchangeType.TOPIC, true, false, false, null);
    }

    /**
     * Declares the exchange, the queues and the binding of a listener, waiting for each: the retry queue only where the
     * broker delays retries ({@link BrokerProfile#delaysRetries()}).
     */
    void declareListener(Channel channel, ListenerTopology topology) throws IOException {
        channel.exchangeDeclare(topology.exchange(), BuiltinExchangeType.TOPIC, true, false, false, null);
        channel.queueDeclare(topology.queue(), true, false, false, queueArguments());
        if (broker.delaysRetries()) {
            channel.queueDeclare(topology.retryQueue(), true, false, false, retryQueueArguments(topology.queue()));
        }
        channel.queueDeclare(topology.deadLetterQueue(), true, false, false, queueArguments());
        channel.queueBind(topology.queue(), topology.exchange(), topology.routingKey());
    }

    /**
     * Declares the call queue of an API, waiting for the broker: durable and classic whatever the queue type (calls are
     * transient and short-lived, and a classic queue drops expired calls as they reach its head). Idempotent.
     */
    void declareCallQueue(Channel channel, String queue) throws IOException {
        channel.queueDeclare(queue, true, false, false, callQueueArguments());
    }

    /**
     * Declares a reply queue for the calls of one client, where the broker has no direct reply-to: exclusive to the
     * connection and deleted with it, not durable; declared again under the same name after a reconnection.
     */
    void declareReplyQueue(Channel channel, String queue) throws IOException {
        channel.queueDeclare(queue, false, true, true, null);
    }

    Map<String, Object> callQueueArguments() {
        return typed(QueueType.CLASSIC);
    }

    Map<String, Object> queueArguments() {
        return typed(queueType);
    }

    private Map<String, Object> typed(QueueType type) {
        Map<String, Object> arguments = new HashMap<>();
        if (broker.queueArguments()) {
            arguments.put("x-queue-type", type.argument());
        }
        return arguments;
    }

    /**
     * A message that expires in the retry queue is dead-lettered through the default exchange back to the listener
     * queue. Quorum queues do that at-least-once, which RabbitMQ allows only with {@code reject-publish} overflow.
     */
    Map<String, Object> retryQueueArguments(String listenerQueue) {
        Map<String, Object> arguments = queueArguments();
        arguments.put("x-dead-letter-exchange", "");
        arguments.put("x-dead-letter-routing-key", listenerQueue);
        if (queueType == QueueType.QUORUM) {
            arguments.put("x-dead-letter-strategy", "at-least-once");
            arguments.put("x-overflow", "reject-publish");
        }
        return arguments;
    }
}
