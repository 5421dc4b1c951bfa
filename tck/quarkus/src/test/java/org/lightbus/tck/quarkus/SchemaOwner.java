package org.lightbus.tck.quarkus;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.lightbus.cdi.model.ApiTypes;
import org.lightbus.cdi.model.EventTypes;
import org.lightbus.cdi.schema.SchemaGenerator;
import org.lightbus.tck.app.AuthApi;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * The owner of {@code auth} in another process, as a plain AMQP client: publishes the schema of the TCK's
 * {@link AuthApi} and answers requests for it (docs/protocol.md, "Schemas").
 */
final class SchemaOwner implements AutoCloseable {

    private final Connection connection;
    private final String exchange;

    private SchemaOwner(Connection connection, String exchange) {
        this.connection = connection;
        this.exchange = exchange;
    }

    static SchemaOwner start(String namespace) {
        byte[] schema = new SchemaGenerator()
                .api("auth", List.of(new EventTypes().inspect(AuthApi.UserSignedUp.class).eventType()),
                        new ApiTypes().inspect(AuthApi.class).apiType())
                .toJson();
        try {
            ConnectionFactory factory = new ConnectionFactory();
            factory.setUri(
                    URI.create(System.getProperty("lightbus.test.amqp-uri", "amqp://guest:guest@127.0.0.1:5672/%2F")));
            Connection connection = factory.newConnection("tck-schema-owner");
            Channel channel = connection.createChannel();
            String exchange = namespace + ".$schemas";
            channel.exchangeDeclare(exchange, "topic", true);
            String queue = channel.queueDeclare().getQueue();
            channel.queueBind(queue, exchange, "request.auth");
            channel.basicConsume(queue, true,
                    (tag, request) -> channel.basicPublish(exchange, "schema.auth", null, schema), tag -> {
                    });
            channel.basicPublish(exchange, "schema.auth", null, schema);
            return new SchemaOwner(connection, exchange);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the owner of auth", e);
        }
    }

    @Override
    public void close() throws IOException, TimeoutException {
        try (Channel channel = connection.createChannel()) {
            channel.exchangeDelete(exchange);
        }
        connection.close();
    }
}
