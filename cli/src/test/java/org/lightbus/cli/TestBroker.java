package org.lightbus.cli;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.lightbus.testing.BusApplication;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * A test's own part of the local RabbitMQ: a namespace of its own ({@code lightbus-cli-<random>}), a connection of its
 * own, and the applications it starts; {@link #close()} stops them and deletes what the test and its applications
 * declared, and nothing else.
 */
final class TestBroker implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final String SERVICE = "billing";
    static final String LISTENER = "charge";

    private static final URI BROKER = URI
            .create(System.getProperty("lightbus.test.amqp-uri", "amqp://guest:guest@127.0.0.1:5672/%2F"));

    final String namespace = "lightbus-cli-" + UUID.randomUUID().toString().substring(0, 8);
    /** The type of the queues {@link #publishDeadLetters} declares, as {@code lightbus.rabbitmq.queue-type}. */
    String queueType = "quorum";
    private final Connection connection;
    private final Set<String> queues = new LinkedHashSet<>();
    private final Set<String> exchanges = new LinkedHashSet<>();
    private final List<BusApplication> applications = new ArrayList<>();

    TestBroker() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(BROKER);
        connection = factory.newConnection("lightbus-cli-test");
        listenerQueues(SERVICE, LISTENER);
    }

    /** The listener queue of billing's {@code charge}. */
    String queue() {
        return namespace + "." + SERVICE + "." + LISTENER;
    }

    /** Its dead-letter queue. */
    String deadLetterQueue() {
        return queue() + ".dlq";
    }

    /**
     * @return the command line with this broker's host, port and the test's namespace added
     */
    String[] args(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--host", BROKER.getHost(), "--port", Integer.toString(BROKER.getPort()), "--namespace",
                namespace));
        return args.toArray(String[]::new);
    }

    /** Remembers a listener's queues for deletion (an application declares them). */
    void listenerQueues(String service, String listener) {
        String queue = namespace + "." + service + "." + listener;
        queues.addAll(List.of(queue, queue + ".retry", queue + ".dlq"));
    }

    /**
     * Starts billing with a listener that fails every time, or succeeds, and waits until it consumes its queue.
     */
    BusApplication billing(Class<?> bean, int maxAttempts) {
        BusApplication billing = start(BusApplication.named(SERVICE).in(namespace).with(bean)
                .config("lightbus.transport", "rabbitmq").config("lightbus.schema.load-timeout", "0s")
                .config("lightbus.listener.charge.max-attempts", Integer.toString(maxAttempts))
                .config("lightbus.listener.charge.initial-backoff", "50ms"));
        await().atMost(WAIT).until(() -> consumers(queue()) > 0);
        return billing;
    }

    /** Starts an application of the test's namespace on RabbitMQ, stopped by {@link #close()}. */
    BusApplication application(String service, Class<?> bean) {
        return start(BusApplication.named(service).in(namespace).with(bean).config("lightbus.transport", "rabbitmq")
                .config("lightbus.schema.load-timeout", "0s"));
    }

    /** Starts the shop, which fires the orders. */
    Shop shop() {
        return start(
                BusApplication.named("shop").in(namespace).with(Shop.class).config("lightbus.transport", "rabbitmq")
                        .config("lightbus.owned-apis", "shop").config("lightbus.schema.load-timeout", "0s"))
                                .bean(Shop.class);
    }

    /** Starts pricing, which owns and serves {@link PricingApi}, and waits until it consumes the call queue. */
    BusApplication pricing() throws Exception {
        String callQueue = namespace + ".pricing.$rpc";
        remember(callQueue);
        exchanges.add(namespace + ".pricing");
        BusApplication pricing = start(BusApplication.named("pricing").in(namespace).with(Pricing.class)
                .config("lightbus.transport", "rabbitmq").config("lightbus.schema.load-timeout", "0s"));
        await().atMost(WAIT).until(() -> consumers(callQueue) > 0);
        return pricing;
    }

    /** Removes a binding, as an operator would by mistake. */
    void unbind(String queue, String exchange, String routingKey) throws Exception {
        try (Channel channel = connection.createChannel()) {
            channel.queueUnbind(queue, exchange, routingKey);
        }
    }

    /** Remembers a queue for deletion, e.g. the call queue that lightbus call declares. */
    void remember(String queue) {
        queues.add(queue);
    }

    private BusApplication start(BusApplication.Builder builder) {
        BusApplication application = builder.start();
        applications.add(application);
        return application;
    }

    /**
     * Makes real dead letters: billing fails on each order until it gives up, then stops.
     *
     * @param maxAttempts
     *            billing's attempts per order
     * @param orderIds
     *            the orders, fired in this order
     */
    void deadLetters(int maxAttempts, String... orderIds) {
        try (BusApplication billing = billing(FailingBilling.class, maxAttempts)) {
            Shop shop = shop();
            for (String orderId : orderIds) {
                shop.place(orderId, "ada");
            }
            await().atMost(WAIT).until(() -> count(deadLetterQueue()) == orderIds.length);
        }
        await().atMost(WAIT).until(() -> consumers(queue()) == 0);
    }

    /**
     * Declares the listener queue and its dead-letter queue as the connector does, and publishes dead letters with the
     * connector's headers to it, without any application.
     */
    void publishDeadLetters(String... orderIds) throws Exception {
        try (Channel channel = connection.createChannel()) {
            channel.queueDeclare(queue(), true, false, false, Map.of("x-queue-type", queueType));
            channel.queueDeclare(deadLetterQueue(), true, false, false, Map.of("x-queue-type", queueType));
            channel.confirmSelect();
            for (String orderId : orderIds) {
                Map<String, Object> headers = new HashMap<>();
                headers.put("x-lightbus-api", "shop");
                headers.put("x-lightbus-event", "order_placed");
                headers.put("x-lightbus-timestamp", System.currentTimeMillis());
                headers.put("x-lightbus-reason", "listener-failed");
                headers.put("x-lightbus-error-type", IllegalStateException.class.getName());
                headers.put("x-lightbus-error-message", "no stock for " + orderId);
                headers.put("x-lightbus-attempts", 1);
                headers.put("x-lightbus-listener", SERVICE + "." + LISTENER);
                headers.put("x-lightbus-failed-at", System.currentTimeMillis());
                AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder().contentType("application/json")
                        .deliveryMode(2).messageId(UUID.randomUUID().toString()).appId("shop").type("shop.order_placed")
                        .headers(headers).build();
                channel.basicPublish("", deadLetterQueue(), true, properties,
                        ("{\"orderId\":\"" + orderId + "\",\"customer\":\"ada\",\"amount\":42}")
                                .getBytes(StandardCharsets.UTF_8));
            }
            channel.waitForConfirmsOrDie(10_000);
        }
    }

    /** @return the ready messages of a queue */
    long count(String queue) throws Exception {
        try (Channel channel = connection.createChannel()) {
            return channel.queueDeclarePassive(queue).getMessageCount();
        }
    }

    /** @return the consumers of a queue */
    long consumers(String queue) throws Exception {
        try (Channel channel = connection.createChannel()) {
            return channel.queueDeclarePassive(queue).getConsumerCount();
        }
    }

    /** @return true if the queue exists, also when it is another connection's exclusive queue */
    boolean exists(String queue) throws Exception {
        Channel channel = connection.createChannel();
        try {
            channel.queueDeclarePassive(queue);
            return true;
        } catch (IOException e) {
            if (e.getCause() instanceof ShutdownSignalException signal
                    && signal.getReason() instanceof AMQP.Channel.Close close) {
                return close.getReplyCode() == 405; // RESOURCE_LOCKED: another connection's exclusive queue
            }
            throw e;
        } finally {
            if (channel.isOpen()) {
                channel.close();
            }
        }
    }

    /** A message of a queue, looked at and left in place. */
    record Message(String orderId, AMQP.BasicProperties properties) {
    }

    /**
     * @return the messages of a queue in order, left in place (read without acknowledgement, then requeued)
     */
    List<Message> messages(String queue) throws Exception {
        List<Message> messages = new ArrayList<>();
        try (Channel channel = connection.createChannel()) {
            for (GetResponse response = channel.basicGet(queue, false); response != null; response = channel
                    .basicGet(queue, false)) {
                String body = new String(response.getBody(), StandardCharsets.UTF_8);
                String orderId = body.replaceAll(".*\"orderId\":\"([^\"]*)\".*", "$1");
                messages.add(new Message(orderId, response.getProps()));
            }
        }
        return messages;
    }

    /** @return the order ids of a queue's messages, in order */
    List<String> orderIds(String queue) throws Exception {
        return messages(queue).stream().map(Message::orderId).toList();
    }

    @Override
    public void close() throws Exception {
        for (int i = applications.size() - 1; i >= 0; i--) {
            applications.get(i).close();
        }
        try (Channel channel = connection.createChannel()) {
            for (String queue : queues) {
                channel.queueDelete(queue);
            }
            channel.exchangeDelete(namespace + ".shop");
            for (String exchange : exchanges) {
                channel.exchangeDelete(exchange);
            }
            channel.exchangeDelete(namespace + ".$schemas");
            channel.queueDelete(namespace + ".$directory");
        } finally {
            connection.close();
        }
    }
}
