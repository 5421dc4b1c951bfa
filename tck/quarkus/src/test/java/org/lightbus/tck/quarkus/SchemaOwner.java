package org.lightbus.tck.quarkus;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * The owner of an API in another process, as a plain AMQP client would be (docs/protocol.md, "Schemas"): publishes the
 * API's schema from a resource {@code <api>-schema.json} and answers requests for it.
 */
final class SchemaOwner implements AutoCloseable {

    private final Connection connection;

    private SchemaOwner(Connection connection) {
        this.connection = connection;
    }

    static SchemaOwner start(String namespace, String api) throws Exception {
        byte[] schema;
        try (InputStream in = SchemaOwner.class.getResourceAsStream("/" + api + "-schema.json")) {
            schema = in.readAllBytes();
        }
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(
                URI.create(System.getProperty("lightbus.test.amqp-uri", "amqp://guest:guest@127.0.0.1:5672/%2F")));
        Connection connection = factory.newConnection("tck-schema-owner");
        Channel channel = connection.createChannel();
        String exchange = namespace + ".$schemas";
        channel.exchangeDeclare(exchange, "topic", true);
        String queue = channel.queueDeclare().getQueue(); // exclusive, deleted with the connection
        channel.queueBind(queue, exchange, "request." + api);
        channel.basicConsume(queue, true,
                (tag, request) -> channel.basicPublish(exchange, "schema." + api, null, schema), tag -> {
                });
        channel.basicPublish(exchange, "schema." + api, null, schema);
        return new SchemaOwner(connection);
    }

    /** Stops answering; the exchange stays, the applications under test are bound to it. */
    @Override
    public void close() throws IOException {
        connection.close();
    }
}
