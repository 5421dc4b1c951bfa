package org.lightbus.connector.rabbitmq.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.lightbus.connector.rabbitmq.RabbitMQTransportFactory;
import org.lightbus.connector.rabbitmq.TestConfigs;
import org.lightbus.devbroker.junit.BrokerProxy;
import org.lightbus.spi.ListenerSpec;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.RetryPolicy;
import org.lightbus.spi.RpcRequest;
import org.lightbus.spi.RpcServerSpec;
import org.lightbus.spi.Transport;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

/**
 * One test's view of the real broker: a unique namespace (so that runs never collide), transports configured for it, a
 * plain client for looking at and cleaning up queues, and a way to kill the test's connections. Deletes the queues and
 * exchanges it was told about and closes its transports on {@link #close()}.
 */
final class BrokerFixture implements AutoCloseable {

    /** The API all tests publish to. */
    static final String API = "auth";
    /** The event all tests publish. */
    static final String EVENT = "user_signed_up";

    @FunctionalInterface
    interface ChannelAction<T> {
        T apply(Channel channel) throws Exception;
    }

    final String namespace = "t-" + UUID.randomUUID().toString().substring(0, 8);
    private final ConnectionFactory admin = new ConnectionFactory();
    private final List<Transport> transports = new ArrayList<>();
    private final List<BrokerProxy> proxies = new ArrayList<>();
    private final Set<String> queues = new LinkedHashSet<>();
    private final Set<String> exchanges = new LinkedHashSet<>();

    BrokerFixture() {
        try {
            admin.setUri(
                    URI.create(System.getProperty("lightbus.test.amqp-uri", "amqp://guest:guest@127.0.0.1:5672/%2F")));
        } catch (Exception e) {
            throw new IllegalStateException("Invalid lightbus.test.amqp-uri", e);
        }
        exchanges.add(exchange());
    }

    String exchange() {
        return namespace + "." + API;
    }

    /** The exchange of another API; deleted after the test. */
    String exchange(String api) {
        exchanges.add(namespace + "." + api);
        return namespace + "." + api;
    }

    /** A service name unique to this test, so that its connection name is too. */
    String service(String name) {
        return name + "-" + namespace;
    }

    Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("lightbus.rabbitmq.host", admin.getHost());
        settings.put("lightbus.rabbitmq.port", Integer.toString(admin.getPort()));
        settings.put("lightbus.rabbitmq.username", admin.getUsername());
        settings.put("lightbus.rabbitmq.password", admin.getPassword());
        settings.put("lightbus.rabbitmq.virtual-host", admin.getVirtualHost());
        settings.put("lightbus.rabbitmq.network-recovery-interval", "200ms");
        settings.put("lightbus.namespace", namespace);
        settings.put("lightbus.publish.confirm-timeout", "5s");
        return settings;
    }

    Transport transport(String service) {
        return transport(service, Map.of());
    }

    Transport transport(String service, Map<String, String> overrides) {
        Map<String, String> settings = settings();
        settings.putAll(overrides);
        Transport transport = new RabbitMQTransportFactory().create(TestConfigs.of(settings), service);
        transports.add(transport);
        return transport;
    }

    /** A proxy in front of the broker, closed after the test. */
    BrokerProxy proxy() {
        Map<String, String> settings = settings();
        try {
            BrokerProxy proxy = new BrokerProxy(settings.get("lightbus.rabbitmq.host"),
                    Integer.parseInt(settings.get("lightbus.rabbitmq.port")));
            proxies.add(proxy);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A transport that reaches the broker through the proxy, and tries to reconnect every 200 ms. */
    Transport transport(String service, BrokerProxy proxy, Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(
                Map.of("lightbus.rabbitmq.host", "127.0.0.1", "lightbus.rabbitmq.port", Integer.toString(proxy.port()),
                        "lightbus.rabbitmq.network-recovery-interval", "200ms"));
        settings.putAll(overrides);
        return transport(service, settings);
    }

    /** A listener of {@link #EVENT}; its queues are deleted after the test. */
    ListenerSpec listener(String service, String listener, RetryPolicy retry) {
        String queue = queue(service, listener);
        queues.add(queue);
        queues.add(queue + ".retry");
        queues.add(queue + ".dlq");
        return new ListenerSpec(service, listener, API, EVENT, retry, 10);
    }

    String queue(String service, String listener) {
        return namespace + "." + service + "." + listener;
    }

    /** The call queue of {@link #API}; deleted after the test. */
    String callQueue() {
        return callQueue(API);
    }

    /** The call queue of an API; deleted after the test. */
    String callQueue(String api) {
        String queue = namespace + "." + api + ".$rpc";
        queues.add(queue);
        return queue;
    }

    /** A server of {@link #API}; its call queue is deleted after the test. */
    RpcServerSpec server(String service, int concurrency, int prefetch, Duration drainTimeout) {
        callQueue();
        return new RpcServerSpec(service, API, concurrency, prefetch, drainTimeout);
    }

    /** A call of a procedure of {@link #API} from {@code accounts}; the call queue is deleted after the test. */
    RpcRequest request(String procedure, String arguments, Duration timeout) {
        callQueue();
        return new RpcRequest(API, procedure, "accounts", arguments.getBytes(UTF_8), timeout);
    }

    static RetryPolicy retry(int maxAttempts, long initialBackoffMillis) {
        return new RetryPolicy(maxAttempts, Duration.ofMillis(initialBackoffMillis), 2.0, Duration.ofSeconds(5));
    }

    static OutgoingEvent event(String body) {
        return new OutgoingEvent(API, EVENT, UUID.randomUUID().toString(), "accounts", Instant.now(),
                body.getBytes(UTF_8));
    }

    /** Runs an action on a fresh plain connection, so that it works even while the transports reconnect. */
    <T> T withChannel(ChannelAction<T> action) {
        try (Connection connection = admin.newConnection("lightbus-test-admin")) {
            return action.apply(connection.createChannel());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Declares a classic queue bound to the test's API exchange, to look at published messages. */
    String probeQueue() {
        String probe = namespace + ".probe";
        queues.add(probe);
        withChannel(ch -> {
            ch.exchangeDeclare(exchange(), "topic", true);
            ch.queueDeclare(probe, true, false, false, null); // classic on RabbitMQ, and accepted by other brokers
            return ch.queueBind(probe, exchange(), EVENT);
        });
        return probe;
    }

    GetResponse get(String queue) {
        return withChannel(ch -> ch.basicGet(queue, true));
    }

    long messageCount(String queue) {
        return withChannel(ch -> (long) ch.queueDeclarePassive(queue).getMessageCount());
    }

    /**
     * @return the messages in those of the queues that exist (brokers other than RabbitMQ have no retry queue)
     */
    long messagesIn(String... queues) {
        return withChannel(ch -> {
            long count = 0;
            for (String queue : queues) {
                try (Channel own = ch.getConnection().createChannel()) {
                    count += own.queueDeclarePassive(queue).getMessageCount();
                } catch (IOException e) {
                    // absent: the passive declaration closed the channel
                }
            }
            return count;
        });
    }

    boolean queueExists(String queue) {
        return withChannel(ch -> {
            try (Channel own = ch.getConnection().createChannel()) {
                own.queueDeclarePassive(queue);
                return true;
            } catch (IOException e) {
                return false; // the passive declaration closed the channel
            }
        });
    }

    /** Has the broker close the connections of the given services, as a broker restart or network cut would. */
    void killConnections(String... services) {
        RabbitMqCtl.closeConnections(List.of(services).stream().map(s -> "lightbus-" + s).toList());
    }

    /**
     * Closes the transports and deletes the queues and exchanges, each on a channel of its own: other brokers than
     * RabbitMQ close the channel when asked to delete what does not exist (a retry queue is RabbitMQ's only).
     */
    @Override
    public void close() {
        transports.forEach(Transport::close);
        proxies.forEach(BrokerProxy::close);
        withChannel(ch -> {
            Connection connection = ch.getConnection();
            for (String queue : queues) {
                deleteQuietly(connection, c -> c.queueDelete(queue));
            }
            for (String exchange : exchanges) {
                deleteQuietly(connection, c -> c.exchangeDelete(exchange));
            }
            return null;
        });
    }

    private static void deleteQuietly(Connection connection, ChannelAction<?> delete) {
        try (Channel channel = connection.createChannel()) {
            delete.apply(channel);
        } catch (Exception e) {
            // absent
        }
    }
}
