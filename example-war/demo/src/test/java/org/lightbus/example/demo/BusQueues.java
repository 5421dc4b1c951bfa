package org.lightbus.example.demo;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

/**
 * The example's queues in one namespace, looked at with the plain RabbitMQ client, which works on RabbitMQ and on the
 * development broker alike; and their deletion. It knows the names from docs/protocol.md.
 */
final class BusQueues implements AutoCloseable {

    private static final List<String> LISTENER_QUEUES = List.of("images.Images.resizeAvatar", "mailer.welcome-email");

    private final String namespace;
    private final Connection connection;

    BusQueues(int port, String namespace) throws IOException, TimeoutException {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(port);
        this.namespace = namespace;
        this.connection = factory.newConnection("lightbus-example-it");
    }

    /** @return the mailer's dead-letter queue */
    String mailerDeadLetters() {
        return namespace + ".mailer.welcome-email.dlq";
    }

    /** @return the number of messages ready in a queue (a passive declaration, which fails if it does not exist) */
    long messages(String queue) throws IOException, TimeoutException {
        try (Channel channel = connection.createChannel()) {
            return channel.queueDeclarePassive(queue).getMessageCount();
        }
    }

    /** @return the next message of a queue, taken off it, or null */
    GetResponse take(String queue) throws IOException, TimeoutException {
        try (Channel channel = connection.createChannel()) {
            return channel.basicGet(queue, true);
        }
    }

    /** @return a message's headers, as strings */
    static Map<String, String> headers(GetResponse message) {
        return message.getProps().getHeaders().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    }

    /**
     * Deletes the queues and the exchange the applications declared in this namespace, and nothing else; run it after
     * the applications stopped.
     */
    void deleteNamespace() {
        for (String listener : LISTENER_QUEUES) {
            for (String suffix : List.of("", ".retry", ".dlq")) {
                delete(channel -> channel.queueDelete(namespace + "." + listener + suffix));
            }
        }
        delete(channel -> channel.queueDelete(namespace + ".auth.$rpc"));
        delete(channel -> channel.exchangeDelete(namespace + ".auth"));
    }

    private interface Deletion {
        void run(Channel channel) throws IOException;
    }

    private void delete(Deletion deletion) {
        // a channel each: a broker may close the channel of a deletion of something it does not have
        try (Channel channel = connection.createChannel()) {
            deletion.run(channel);
        } catch (IOException | TimeoutException | AlreadyClosedException e) {
            // not there
        }
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }
}
