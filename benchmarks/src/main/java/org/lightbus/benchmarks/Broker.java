package org.lightbus.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/** The benchmark's own view of the local RabbitMQ: its version, whether a queue is consumed, and clean-up. */
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
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Channel channel = connection.createChannel()) {
                if (channel.queueDeclarePassive(queue).getConsumerCount() > 0) {
                    return;
                }
            } catch (IOException e) {
                // not declared yet: the passive declaration closed the channel
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no consumer on " + queue + " after " + timeout);
            }
            Thread.sleep(50);
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
