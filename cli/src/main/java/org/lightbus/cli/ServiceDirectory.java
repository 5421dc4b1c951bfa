package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DeliverCallback;

/**
 * What the applications tell about themselves ({@code docs/protocol.md}, "Service directory"): the records of the
 * directory stream {@code <namespace>.$directory}, and the answers of the running instances to a description request.
 */
final class ServiceDirectory {

    /** The moment of the marks this command writes to find the end of the stream; readers skip them. */
    static final String MARK = "mark";
    private static final int PREFETCH = 500;

    private ServiceDirectory() {
    }

    /**
     * Reads the whole directory stream. A stream has no end to read to, so this first appends a mark of its own (a
     * record with {@code moment} {@value #MARK}, with publisher confirms) and reads from the first record up to it.
     *
     * @return the latest record of each instance, by instance id; empty if no application ever recorded itself in this
     *         namespace
     *
     * @throws CliException
     *             (broker) if the mark is not confirmed, or not read back within the broker timeout
     */
    static Map<String, Description> records(Broker broker, String appId) {
        String stream = broker.settings().namespace() + ".$directory";
        if (!broker.queueExists(stream)) {
            return Map.of();
        }
        String mark = UUID.randomUUID().toString();
        Map<String, Description> latest = new LinkedHashMap<>();
        CountDownLatch marked = new CountDownLatch(1);
        Channel channel = broker.channel("open a channel");
        try {
            broker.call("set the prefetch", () -> {
                channel.basicQos(PREFETCH);
                return null;
            });
            DeliverCallback deliver = (tag, delivery) -> {
                JsonNode document = Json.body(delivery.getBody());
                if (MARK.equals(document.path("moment").asText()) && mark.equals(document.path("id").asText())) {
                    marked.countDown();
                } else {
                    Description description = Description.of(document);
                    if (description != null && marked.getCount() > 0) {
                        synchronized (latest) {
                            latest.remove(description.instance()); // keeps the map in the order of the last records
                            latest.put(description.instance(), description);
                        }
                    }
                }
                try {
                    channel.basicAck(delivery.getEnvelope().getDeliveryTag(), false);
                } catch (AlreadyClosedException e) {
                    // the mark was read and the channel is closing: a later record needs no ack
                }
            };
            broker.call("read stream " + stream, () -> channel.basicConsume(stream, false,
                    Map.of("x-stream-offset", "first"), deliver, tag -> marked.countDown()));
            appendMark(broker, stream, mark, appId);
            if (!await(marked, Duration.ofMillis(Broker.TIMEOUT_MILLIS))) {
                throw CliException.broker(MESSAGES.directoryNotRead(stream, Broker.TIMEOUT_MILLIS / 1000), null);
            }
        } finally {
            Broker.closeQuietly(channel);
        }
        synchronized (latest) {
            return Map.copyOf(latest);
        }
    }

    private static void appendMark(Broker broker, String stream, String mark, String appId) {
        Channel channel = broker.channel("open a channel");
        try {
            byte[] body = Json.bytes(Json.object().put("version", 1).put("moment", MARK).put("id", mark));
            AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder().contentType("application/json")
                    .deliveryMode(2).appId(appId).build();
            broker.call("append to stream " + stream, () -> {
                channel.confirmSelect();
                channel.basicPublish("", stream, properties, body);
                try {
                    channel.waitForConfirmsOrDie(Broker.TIMEOUT_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the confirm", e);
                }
                return null;
            });
        } finally {
            Broker.closeQuietly(channel);
        }
    }

    /**
     * Asks every running instance for its description: publishes a {@code describe} request to
     * {@code <namespace>.$schemas} with a temporary exclusive queue of its own as {@code reply_to}, and collects the
     * answers until every expected instance has answered or the wait is over. The queue is deleted afterwards.
     *
     * @param expected
     *            the ids of the instances that should answer (those recorded as started); the wait ends early once all
     *            of them have
     * @param wait
     *            how long to wait for the answers at most
     *
     * @return the answers, one per instance, by instance id
     */
    static Map<String, Description> ask(Broker broker, Collection<String> expected, Duration wait, String appId) {
        String namespace = broker.settings().namespace();
        String exchange = SchemaFetch.schemasExchange(namespace);
        if (!broker.exchangeExists(exchange)) {
            return Map.of();
        }
        Set<String> missing = ConcurrentHashMap.newKeySet();
        missing.addAll(new HashSet<>(expected));
        Map<String, Description> answers = new ConcurrentHashMap<>();
        CountDownLatch all = new CountDownLatch(missing.isEmpty() ? 0 : 1);
        String queue = namespace + ".$cli-describe." + UUID.randomUUID().toString().substring(0, 8);
        String correlationId = UUID.randomUUID().toString();
        Channel channel = broker.channel("open a channel");
        try {
            broker.call("declare queue " + queue,
                    () -> channel.queueDeclare(queue, false, true, true, Map.of("x-queue-type", "classic")));
            DeliverCallback deliver = (tag, delivery) -> {
                Description description = Description.of(Json.body(delivery.getBody()));
                if (correlationId.equals(delivery.getProperties().getCorrelationId()) && description != null
                        && Description.RUNNING.equals(description.moment())) {
                    answers.put(description.instance(), description);
                    missing.remove(description.instance());
                    if (missing.isEmpty()) {
                        all.countDown();
                    }
                }
            };
            broker.call("consume queue " + queue, () -> channel.basicConsume(queue, true, deliver, tag -> {
            }));
            AMQP.BasicProperties request = new AMQP.BasicProperties.Builder().contentType("application/json")
                    .deliveryMode(1).appId(appId).replyTo(queue).correlationId(correlationId).build();
            broker.call("publish to exchange " + exchange, () -> {
                channel.basicPublish(exchange, "describe", false, request, "".getBytes(StandardCharsets.UTF_8));
                return null;
            });
            await(all, wait);
            try {
                broker.call("delete queue " + queue, () -> channel.queueDelete(queue));
            } catch (CliException e) {
                // the broker deletes the exclusive queue with the connection
            }
        } finally {
            Broker.closeQuietly(channel);
        }
        return Map.copyOf(answers);
    }

    /**
     * @return the ids of the instances whose latest record says they started (and not that they stopped)
     */
    static List<String> startedInstances(Map<String, Description> records) {
        return records.values().stream().filter(record -> Description.STARTED.equals(record.moment()))
                .map(Description::instance).toList();
    }

    private static boolean await(CountDownLatch latch, Duration wait) {
        try {
            return latch.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
