package org.lightbus.cli;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DeliverCallback;

/**
 * Asks the owners of APIs for the schema documents they publish ({@code docs/protocol.md}, Schemas): binds a temporary
 * exclusive queue of its own to {@code <namespace>.$schemas} with {@code schema.<api>}, publishes an empty
 * {@code request.<api>} for each API, and takes the first valid document of each API that arrives within the wait. The
 * queue is deleted afterwards; nothing else is declared.
 */
final class SchemaFetch {

    private SchemaFetch() {
    }

    /**
     * @param apis
     *            the APIs whose schemas are wanted
     * @param wait
     *            how long to wait for the answers at most
     * @param appId
     *            the {@code app_id} of the requests
     *
     * @return the schema documents that arrived, by API, in the order of {@code apis}; an API whose owner did not
     *         answer is missing
     */
    static Map<String, JsonNode> fetch(Broker broker, Collection<String> apis, Duration wait, String appId) {
        Set<String> wanted = new LinkedHashSet<>(apis);
        String namespace = broker.settings().namespace();
        String exchange = schemasExchange(namespace);
        if (wanted.isEmpty() || !broker.exchangeExists(exchange)) {
            return Map.of(); // no application ever shared a schema in this namespace
        }
        Map<String, JsonNode> answers = new ConcurrentHashMap<>();
        CountDownLatch all = new CountDownLatch(wanted.size());
        String queue = namespace + ".$cli-schemas." + UUID.randomUUID().toString().substring(0, 8);
        Channel channel = broker.channel("open a channel");
        try {
            broker.call("declare queue " + queue,
                    () -> channel.queueDeclare(queue, false, true, true, Map.of("x-queue-type", "classic")));
            for (String api : wanted) {
                broker.call("bind queue " + queue + " to exchange " + exchange,
                        () -> channel.queueBind(queue, exchange, "schema." + api));
            }
            DeliverCallback deliver = (tag, delivery) -> {
                String api = apiOf(delivery.getEnvelope().getRoutingKey());
                JsonNode document = Json.body(delivery.getBody());
                if (wanted.contains(api) && isSchemaDocument(document, api)
                        && answers.putIfAbsent(api, document) == null) {
                    all.countDown();
                }
            };
            broker.call("consume queue " + queue, () -> channel.basicConsume(queue, true, deliver, tag -> {
            }));
            AMQP.BasicProperties request = new AMQP.BasicProperties.Builder().contentType("application/json")
                    .deliveryMode(1).appId(appId).build();
            for (String api : wanted) {
                broker.call("publish to exchange " + exchange, () -> {
                    channel.basicPublish(exchange, "request." + api, false, request,
                            "".getBytes(StandardCharsets.UTF_8));
                    return null;
                });
            }
            try {
                all.await(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                broker.call("delete queue " + queue, () -> channel.queueDelete(queue));
            } catch (CliException e) {
                // the broker deletes the exclusive queue with the connection
            }
        } finally {
            Broker.closeQuietly(channel);
        }
        Map<String, JsonNode> ordered = new LinkedHashMap<>();
        for (String api : wanted) {
            if (answers.containsKey(api)) {
                ordered.put(api, answers.get(api));
            }
        }
        return ordered;
    }

    /**
     * @return {@code <namespace>.$schemas}
     */
    static String schemasExchange(String namespace) {
        return namespace + ".$schemas";
    }

    /**
     * @return the API of a routing key {@code schema.<api>}, or null
     */
    static String apiOf(String routingKey) {
        return routingKey != null && routingKey.startsWith("schema.") ? routingKey.substring("schema.".length()) : null;
    }

    /**
     * @return true if the document is a schema document of the API: an object with its {@code api}, and {@code events}
     *         and {@code rpcs} objects when present
     */
    static boolean isSchemaDocument(JsonNode document, String api) {
        return document.isObject() && api.equals(document.path("api").asText(null))
                && (document.path("events").isMissingNode() || document.path("events").isObject())
                && (document.path("rpcs").isMissingNode() || document.path("rpcs").isObject());
    }
}
