package org.lightbus.tck.scenarios;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.lightbus.tck.support.Broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.GetResponse;

/**
 * Contract scenarios, on any runtime: the owner of an API publishes its schema, a listener of another application
 * checks incoming events against it, and an application whose contract does not match fails its deployment.
 */
public final class SchemaScenarios {

    private SchemaScenarios() {
    }

    /**
     * {@code signup}, which serves {@code AuthApi}, answers a plain client's request for the schema of {@code auth}:
     * its events and procedures, required fields, and a version.
     */
    public static void theOwnerPublishesItsSchema(Broker broker) throws Exception {
        String schema = broker.requestSchema("auth");

        assertThat(schema).as("the schema signup publishes for auth").isNotNull();
        JsonNode document = new ObjectMapper().readTree(schema);
        assertThat(document.path("api").asText()).isEqualTo("auth");
        assertThat(document.path("version").asText()).startsWith("sha256:");
        JsonNode event = document.path("events").path("user_signed_up");
        assertThat(event.path("properties").path("username").path("type").asText()).isEqualTo("string");
        assertThat(event.path("required")).extracting(JsonNode::asText).contains("username", "email");
        assertThat(document.path("rpcs").path("check_password").path("parameters").isObject()).isTrue();
    }

    /**
     * A plain client publishes an {@code auth.user_signed_up} whose {@code username} is a number: the {@code images}
     * listener dead-letters it with the validation error naming the field, and goes on with the next event.
     */
    public static void anInvalidEventIsDeadLetteredWithTheFieldPath(Broker broker, String imagesService) {
        String deadLetters = broker.listenerQueue(imagesService, "Images.resize") + ".dlq";
        String id = UUID.randomUUID().toString();
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder().contentType("application/json")
                .deliveryMode(2).messageId(id).appId("handmade").type("auth.user_signed_up")
                .timestamp(Date.from(Instant.now())).headers(Map.of("x-lightbus-api", "auth", "x-lightbus-event",
                        "user_signed_up", "x-lightbus-timestamp", Instant.now().toEpochMilli()))
                .build();

        broker.publishRaw(broker.exchange("auth"), "user_signed_up", properties,
                "{\"username\": 42, \"email\": \"ada@example.com\"}");

        await().atMost(EventScenarios.PATIENCE).until(() -> broker.ready(deadLetters) >= 1);
        GetResponse dead = broker.get(deadLetters);
        assertThat(dead.getProps().getMessageId()).isEqualTo(id);
        Map<String, Object> headers = Broker.headers(dead);
        assertThat(headers.get("x-lightbus-reason")).hasToString("invalid");
        assertThat(String.valueOf(headers.get("x-lightbus-error-message"))).contains("LBUS02015")
                .contains("$.username");
        assertThat(new String(dead.getBody(), UTF_8)).contains("42");
    }

    /**
     * An application whose contract of {@code auth} requires a field the published schema lacks is told so when it
     * starts, with the field's path.
     */
    public static void anIncompatibleContractIsReportedAtDeployment(URI outdated) {
        assertThat(Http.get(outdated, "contract", "api", "auth")).contains("event user_signed_up $.age")
                .contains("missing required field");
    }

    /**
     * An application that uses an API sees the schema its owner publishes while it runs, and reports how its own
     * contract differs from it.
     *
     * @param application
     *            serves {@code GET /contract?api=<api>}
     * @param difference
     *            the line it must report, e.g. {@code result of monthly $: type change: published integer, local
     *            string}
     */
    public static void aContractThatDiffersFromThePublishedOneIsReported(URI application, String api,
            String difference) {
        await().atMost(EventScenarios.PATIENCE)
                .untilAsserted(() -> assertThat(Http.get(application, "contract", "api", api)).contains(difference));
    }
}
