package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorLog.LOG;
import static org.lightbus.connector.rabbitmq.ConnectorMessages.MESSAGES;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

import org.lightbus.spi.ListenerHandle;
import org.lightbus.spi.SchemaHandler;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.RecoveryListener;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * How applications share API schemas ({@code docs/protocol.md}): a topic exchange {@code <namespace>.$schemas}, on
 * which an owner publishes each schema with routing key {@code schema.<api>} and applications ask for one with
 * {@code request.<api>}. Each application instance has an exclusive, auto-delete queue bound with {@code schema.<api>}
 * for the APIs it wants and {@code request.<api>} for those it owns; it answers a request by publishing the schema
 * again. Messages are transient and acknowledged automatically: a schema lost with a broker restart is published again,
 * since every instance asks again and publishes its own after its connection recovers. The handler runs on the
 * connection's consumer threads, one schema at a time (the client dispatches a channel's deliveries in order); answers
 * are published from the worker.
 */
final class SchemaSharing implements ListenerHandle {

    private static final String SCHEMA = "schema.";
    private static final String REQUEST = "request.";

    private final ConsumerChannel channel;

    private SchemaSharing(ConsumerChannel channel) {
        this.channel = channel;
    }

    /**
     * Declares the exchange and this instance's queue, starts consuming, publishes the owned schemas and asks for the
     * wanted ones.
     *
     * @throws org.lightbus.api.LightbusException
     *             naming the exchange and the broker's reason, if the broker refuses
     */
    static SchemaSharing start(Connection connection, TopologyNames names, String serviceName,
            Map<String, byte[]> owned, Set<String> wanted, SchemaHandler handler, ScheduledExecutorService scheduler,
            Executor worker) {
        String exchange = names.schemaExchange();
        String queue = names.schemaQueue(serviceName);
        Map<String, byte[]> schemas = Map.copyOf(owned);
        Set<String> apis = Set.copyOf(wanted);
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder().contentType("application/json")
                .deliveryMode(1).appId(serviceName).build();
        ConsumerChannel.Start start = (Channel ch, Runnable cancelled) -> {
            ch.exchangeDeclare(exchange, BuiltinExchangeType.TOPIC, true, false, false, null);
            ch.queueDeclare(queue, false, true, true, null);
            for (String api : apis) {
                ch.queueBind(queue, exchange, SCHEMA + api);
            }
            for (String api : schemas.keySet()) {
                ch.queueBind(queue, exchange, REQUEST + api);
            }
            Announcer announcer = new Announcer(ch, exchange, properties, schemas, apis);
            String tag = ch.basicConsume(queue, true, new DefaultConsumer(ch) {
                @Override
                public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties props,
                        byte[] body) {
                    String key = envelope.getRoutingKey();
                    if (key.startsWith(SCHEMA)) {
                        handler.received(key.substring(SCHEMA.length()), body);
                    } else if (key.startsWith(REQUEST)) {
                        worker.execute(() -> announcer.publish(key.substring(REQUEST.length())));
                    }
                }

                @Override
                public void handleCancel(String consumerTag) {
                    cancelled.run();
                }
            });
            if (ch instanceof Recoverable recoverable) {
                recoverable.addRecoveryListener(announcer);
            }
            announcer.announceAll();
            return tag;
        };
        try {
            return new SchemaSharing(
                    ConsumerChannel.open(connection, "schema sharing", queue, start, scheduler, worker));
        } catch (IOException | ShutdownSignalException e) {
            throw ConnectorExceptions
                    .lightbus(MESSAGES.schemaSharingFailed(exchange, queue, BrokerConnections.reason(e)), e);
        }
    }

    /** Stops sharing: the queue goes away with the channel's consumer. */
    @Override
    public void close() {
        channel.close();
    }

    /** Publishes on one channel: the owned schemas, and the requests for the wanted ones. */
    private record Announcer(Channel channel, String exchange, AMQP.BasicProperties properties,
            Map<String, byte[]> schemas, Set<String> wanted) implements RecoveryListener {

        void announceAll() {
            schemas.keySet().forEach(this::publish);
            for (String api : wanted) {
                send("ask for", REQUEST + api, new byte[0]);
            }
        }

        void publish(String api) {
            byte[] schema = schemas.get(api);
            if (schema != null) {
                send("publish", SCHEMA + api, schema);
            }
        }

        private void send(String what, String routingKey, byte[] body) {
            try {
                channel.basicPublish(exchange, routingKey, properties, body);
            } catch (IOException | ShutdownSignalException e) {
                // sent again once the connection has recovered
                LOG.schemaSharingFailed(what, exchange, BrokerConnections.reason(e));
            }
        }

        /** The connection's recovery has declared the queue and its bindings again and resumed the consumer. */
        @Override
        public void handleRecovery(Recoverable recoverable) {
            announceAll();
        }

        @Override
        public void handleRecoveryStarted(Recoverable recoverable) {
            // nothing to do until the channel is back
        }
    }
}
