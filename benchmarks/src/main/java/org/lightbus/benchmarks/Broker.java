package org.lightbus.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * The benchmark's own view of the local RabbitMQ: its version, whether a queue is consumed or holds enough messages, a
 * queue of its own, and clean-up.
 */
final class Broker implements AutoCloseable {

    private final Connection connection;

    Broker() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(URI.create("amqp://guest:guest@127.0.0.1:5672/%2F"));
        connection = factory.newConnection("bench-channels-admin");
    }

    /** The product and version the broker announced, e.g. {@code RabbitMQ 4.1.0}. */
    String version() {
        Map<String, Object> server = connection.getServerProperties();
        return server.get("product") + " " + server.get("version");
    }

    /** Waits until the queue exists and has a consumer, so that no event is sent before it is bound and consumed. */
    void awaitConsumer(String queue, Duration timeout) throws Exception {
        awaitConsumers(queue, 1, timeout);
    }

    /** Waits until the queue exists and has at least {@code consumers} consumers. */
    void awaitConsumers(String queue, int consumers, Duration timeout) throws Exception {
        await(queue, state -> state.getConsumerCount() >= consumers, consumers + " consumers", timeout);
    }

    /** Waits until the queue holds at least {@code messages} ready messages. */
    void awaitMessages(String queue, long messages, Duration timeout) throws Exception {
        await(queue, state -> state.getMessageCount() >= messages, messages + " messages", timeout);
    }

    /** Looks at the queue every 10 ms until it exists and its state is {@code wanted}. */
    private void await(String queue, Predicate<AMQP.Queue.DeclareOk> wanted, String what, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Channel channel = connection.createChannel()) {
                if (wanted.test(channel.queueDeclarePassive(queue))) {
                    return;
                }
            } catch (IOException e) {
                // not declared yet: the passive declaration closed the channel
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not " + what + " on " + queue + " after " + timeout);
            }
            Thread.sleep(10);
        }
    }

    /** Declares a durable fanout exchange and a quorum queue bound to it, such as a dead-letter exchange and queue. */
    void declareFanOut(String exchange, String queue) throws Exception {
        try (Channel channel = connection.createChannel()) {
            channel.exchangeDeclare(exchange, BuiltinExchangeType.FANOUT, true);
            channel.queueDeclare(queue, true, false, false, Map.of("x-queue-type", "quorum"));
            channel.queueBind(queue, exchange, "");
        }
    }

    /** Deletes the queues and exchanges, if they exist. */
    void delete(List<String> queues, List<String> exchanges) throws Exception {
        try (Channel channel = connection.createChannel()) {
            for (String queue : queues) {
                channel.queueDelete(queue);
            }
            for (String exchange : exchanges) {
                channel.exchangeDelete(exchange);
            }
        }
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }
}
