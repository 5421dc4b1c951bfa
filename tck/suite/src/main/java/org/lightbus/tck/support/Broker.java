package org.lightbus.tck.support;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lightbus.devbroker.junit.TestBroker;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

/**
 * A plain RabbitMQ client for tests: a namespace of their own, raw publishes, queue inspection, and clean-up of
 * everything in the namespace afterwards.
 */
public final class Broker implements AutoCloseable {

    private static final Pattern CONNECTION = Pattern.compile("^(<[^>]+>)\\s.*\"connection_name\",\"([^\"]*)\"");

    private final Connection connection;
    private final String namespace;
    private final Set<String> queues = new LinkedHashSet<>();
    private final Set<String> exchanges = new LinkedHashSet<>();

    /** A broker client with a new namespace. */
    public Broker() {
        this("tck-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A broker client for a namespace the caller chose. */
    public Broker(String namespace) {
        this.namespace = namespace;
        try {
            ConnectionFactory factory = new ConnectionFactory();
            factory.setUri(
                    URI.create(System.getProperty("lightbus.test.amqp-uri", "amqp://guest:guest@127.0.0.1:5672/%2F")));
            factory.setNetworkRecoveryInterval(500);
            connection = factory.newConnection("lightbus-tck");
        } catch (Exception e) {
            throw new IllegalStateException("A broker must run on 127.0.0.1:5672 for the TCK", e);
        }
    }

    /** @return a namespace unique to this test */
    public String namespace() {
        return namespace;
    }

    /** @return the queue of a listener, which is also remembered for clean-up with its retry and dead-letter queues */
    public String listenerQueue(String service, String listener) {
        String queue = namespace + "." + service + "." + listener;
        queues.add(queue);
        queues.add(queue + ".retry");
        queues.add(queue + ".dlq");
        return queue;
    }

    /** @return the call queue of an API, remembered for clean-up */
    public String rpcQueue(String api) {
        String queue = namespace + "." + api + ".$rpc";
        queues.add(queue);
        return queue;
    }

    /** @return the exchange of an API, remembered for clean-up */
    public String exchange(String api) {
        String exchange = namespace + "." + api;
        exchanges.add(exchange);
        return exchange;
    }

    /** @return the number of ready messages in a queue */
    public long ready(String queue) {
        return withChannel(channel -> (long) channel.queueDeclarePassive(queue).getMessageCount());
    }

    /** @return the next message of a queue, acknowledged, or null if it is empty */
    public GetResponse get(String queue) {
        return withChannel(channel -> channel.basicGet(queue, true));
    }

    /** Declares a plain queue bound to an API's exchange, as a silent observer of the bus. */
    public String tap(String api, String routingKey) {
        String exchange = exchange(api);
        String queue = namespace + ".tap." + routingKey;
        queues.add(queue);
        return withChannel(channel -> {
            channel.exchangeDeclare(exchange, "topic", true);
            channel.queueDeclare(queue, true, false, false, null);
            channel.queueBind(queue, exchange, routingKey);
            return queue;
        });
    }

    /** Publishes raw bytes as any AMQP client could. */
    public void publishRaw(String exchange, String routingKey, AMQP.BasicProperties properties, String body) {
        withChannel(channel -> {
            channel.confirmSelect();
            channel.basicPublish(exchange, routingKey, properties, body.getBytes(StandardCharsets.UTF_8));
            channel.waitForConfirmsOrDie(5_000);
            return null;
        });
    }

    /**
     * Asks the owner of an API for its schema as a plain AMQP client would (docs/protocol.md, "Schemas"), and waits for
     * the answer at most 60 s.
     *
     * @return the schema document, or null if none came
     */
    public String requestSchema(String api) {
        String exchange = namespace + ".$schemas";
        exchanges.add(exchange);
        return withChannel(channel -> {
            channel.exchangeDeclare(exchange, "topic", true);
            String queue = channel.queueDeclare().getQueue(); // exclusive, deleted with the channel
            channel.queueBind(queue, exchange, "schema." + api);
            java.util.concurrent.CompletableFuture<String> schema = new java.util.concurrent.CompletableFuture<>();
            channel.basicConsume(queue, true,
                    (tag, delivery) -> schema.complete(new String(delivery.getBody(), StandardCharsets.UTF_8)), tag -> {
                    });
            channel.basicPublish(exchange, "request." + api, null, new byte[0]);
            try {
                return schema.get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                return null;
            }
        });
    }

    /**
     * Asks every running application instance of the namespace for its description as a plain AMQP client would
     * (docs/protocol.md, "Service directory"), and collects the answers until they are enough or the time is up.
     *
     * @param enough
     *            whether the answers so far are all that is wanted
     *
     * @return the answers, one JSON document each
     */
    public List<String> describe(Predicate<List<String>> enough, Duration atMost) {
        String exchange = namespace + ".$schemas";
        exchanges.add(exchange);
        return withChannel(channel -> {
            channel.exchangeDeclare(exchange, "topic", true);
            String queue = channel.queueDeclare().getQueue(); // exclusive, deleted with the channel
            String correlationId = UUID.randomUUID().toString();
            Collected answers = new Collected(enough);
            channel.basicConsume(queue, true, (tag, delivery) -> {
                if (correlationId.equals(delivery.getProperties().getCorrelationId())) {
                    answers.add(new String(delivery.getBody(), StandardCharsets.UTF_8));
                }
            }, tag -> {
            });
            channel.basicPublish(exchange, "describe",
                    new AMQP.BasicProperties.Builder().replyTo(queue).correlationId(correlationId).build(),
                    new byte[0]);
            return answers.await(atMost);
        });
    }

    /**
     * Reads the namespace's directory stream {@code <namespace>.$directory} from its first record (RabbitMQ only),
     * until the records are enough or the time is up.
     *
     * @param enough
     *            whether the records so far are all that is wanted
     *
     * @return the records, one JSON document each, in order
     */
    public List<String> directory(Predicate<List<String>> enough, Duration atMost) {
        String stream = namespace + ".$directory";
        queues.add(stream);
        return withChannel(channel -> {
            Collected records = new Collected(enough);
            channel.basicQos(100);
            channel.basicConsume(stream, false, Map.of("x-stream-offset", "first"), (tag, delivery) -> {
                records.add(new String(delivery.getBody(), StandardCharsets.UTF_8));
                try {
                    channel.basicAck(delivery.getEnvelope().getDeliveryTag(), false);
                } catch (com.rabbitmq.client.AlreadyClosedException e) {
                    // the records were enough and the channel is closing: a later record needs no ack
                }
            }, tag -> {
            });
            return records.await(atMost);
        });
    }

    /** Documents collected from a consumer until they are enough. */
    private static final class Collected {
        private final Predicate<List<String>> enough;
        private final List<String> documents = new ArrayList<>();
        private final java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();

        Collected(Predicate<List<String>> enough) {
            this.enough = enough;
        }

        synchronized void add(String document) {
            documents.add(document);
            if (enough.test(List.copyOf(documents))) {
                done.complete(null);
            }
        }

        List<String> await(Duration atMost) throws Exception {
            try {
                done.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // not enough: the caller says what is missing
            }
            synchronized (this) {
                return List.copyOf(documents);
            }
        }
    }

    /** A reply to a {@link #call}: its {@code x-lightbus-rpc-status} header and its body. */
    public record Reply(String status, String body) {
    }

    /**
     * Calls a procedure as a plain AMQP client would (docs/protocol.md), with a reply queue of its own, which works on
     * every broker.
     */
    public Reply call(String queue, String api, String procedure, String arguments) {
        return withChannel(channel -> {
            java.util.concurrent.CompletableFuture<Reply> reply = new java.util.concurrent.CompletableFuture<>();
            String correlationId = UUID.randomUUID().toString();
            String replyQueue = channel.queueDeclare().getQueue(); // exclusive, deleted with the channel
            channel.basicConsume(replyQueue, true, (tag, delivery) -> {
                if (correlationId.equals(delivery.getProperties().getCorrelationId())) {
                    Object status = delivery.getProperties().getHeaders().get("x-lightbus-rpc-status");
                    reply.complete(
                            new Reply(String.valueOf(status), new String(delivery.getBody(), StandardCharsets.UTF_8)));
                }
            }, tag -> {
            });
            AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder().correlationId(correlationId)
                    .messageId(correlationId).replyTo(replyQueue).contentType("application/json").appId("plain-client")
                    .headers(Map.of("x-lightbus-api", api, "x-lightbus-procedure", procedure)).build();
            channel.basicPublish("", queue, properties, arguments.getBytes(StandardCharsets.UTF_8));
            return reply.get(10, TimeUnit.SECONDS);
        });
    }

    /**
     * Closes, from the broker side, the connections with the given client-provided names (a Lightbus application's is
     * {@code lightbus-<service-name>}), as a broker restart or network cut would; never anyone else's.
     *
     * @throws IllegalStateException
     *             if there is no such connection or {@code rabbitmqctl} fails
     */
    public static void closeConnections(String... connectionNames) {
        List<String> names = List.of(connectionNames);
        List<String> pids = new ArrayList<>();
        for (String row : rabbitmqctl("list_connections", "-s", "pid", "client_properties").split("\n")) {
            Matcher matcher = CONNECTION.matcher(row);
            if (matcher.find() && names.contains(matcher.group(2))) {
                pids.add(matcher.group(1));
            }
        }
        if (pids.isEmpty()) {
            throw new IllegalStateException("No connection named " + names);
        }
        pids.forEach(pid -> rabbitmqctl("close_connection", pid, "closed by a test"));
    }

    /**
     * Deletes every queue and exchange of this namespace, including those the test did not name, such as the retry and
     * dead-letter queues of a listener it never asked about. On the development broker, which cannot list them and
     * forgets everything when the test session ends, only those the test named.
     */
    public void deleteNamespace() {
        if (TestBroker.kind() == TestBroker.Kind.DEVELOPMENT) {
            delete(queues, exchanges);
            return;
        }
        String prefix = namespace + ".";
        List<String> queues = rabbitmqctl("list_queues", "-q", "name").lines().map(String::strip)
                .filter(name -> name.startsWith(prefix)).toList();
        List<String> exchanges = rabbitmqctl("list_exchanges", "-q", "name").lines().map(String::strip)
                .filter(name -> name.startsWith(prefix)).toList();
        delete(queues, exchanges);
    }

    /** Deletes each on a channel of its own: brokers other than RabbitMQ close the channel for an absent one. */
    private void delete(Collection<String> queues, Collection<String> exchanges) {
        queues.forEach(queue -> deleteQuietly(channel -> channel.queueDelete(queue)));
        exchanges.forEach(exchange -> deleteQuietly(channel -> channel.exchangeDelete(exchange)));
    }

    private void deleteQuietly(ChannelWork<?> deletion) {
        try {
            withChannel(deletion);
        } catch (IllegalStateException e) {
            // absent
        }
    }

    /** @return the number of consumers of a queue, of any type */
    public static long consumers(String queue) {
        return rabbitmqctl("list_consumers", "-q", "queue_name").lines().filter(line -> line.strip().equals(queue))
                .count();
    }

    /** @return the number of open connections with this client-provided name */
    public static long connections(String connectionName) {
        return rabbitmqctl("list_connections", "-s", "pid", "client_properties").lines().map(CONNECTION::matcher)
                .filter(matcher -> matcher.find() && matcher.group(2).equals(connectionName)).count();
    }

    private static String rabbitmqctl(String... arguments) {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("rabbitmqctl must be on the PATH", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @return the headers of a message as strings */
    public static Map<String, Object> headers(GetResponse response) {
        return response.getProps().getHeaders() == null ? Map.of() : response.getProps().getHeaders();
    }

    @Override
    public void close() throws IOException {
        if (connection.isOpen()) {
            delete(queues, exchanges);
            connection.close();
        }
    }

    private interface ChannelWork<T> {
        T run(Channel channel) throws Exception;
    }

    private <T> T withChannel(ChannelWork<T> work) {
        try (Channel channel = connection.createChannel()) {
            return work.run(channel);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
