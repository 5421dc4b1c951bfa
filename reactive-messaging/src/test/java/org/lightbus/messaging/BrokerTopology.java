package org.lightbus.messaging;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/** Deletes what a test declared on the local RabbitMQ, and nothing else. */
public final class BrokerTopology {

    private BrokerTopology() {
    }

    /**
     * @param namespace
     *            the test's own namespace
     * @param listenerQueues
     *            the listener queues, {@code <service>.<listener>}: each with its retry and dead-letter queues
     * @param exchanges
     *            the API exchanges, and {@code $schemas}
     */
    public static void delete(String namespace, String[] listenerQueues, String... exchanges) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        try (Connection connection = factory.newConnection("lightbus-rm-cleanup");
                Channel channel = connection.createChannel()) {
            for (String listener : listenerQueues) {
                String queue = namespace + "." + listener;
                channel.queueDelete(queue);
                channel.queueDelete(queue + ".retry");
                channel.queueDelete(queue + ".dlq");
            }
            for (String exchange : exchanges) {
                channel.exchangeDelete(namespace + "." + exchange);
            }
        }
    }

    /**
     * @return a connection of the test's own, to look into queues
     */
    public static Connection connect() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        return factory.newConnection("lightbus-rm-test");
    }
}
