package org.lightbus.tck.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Health scenarios, on any runtime that offers MicroProfile Health: the bus's checks, both named {@code lightbus}, in
 * the runtime's own readiness and liveness endpoints.
 */
public final class HealthScenarios {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HealthScenarios() {
    }

    /**
     * The readiness endpoint reports the {@code lightbus} check of the service up, with the given entries (connection
     * {@code up}, each listener and server {@code consuming}); so does the liveness endpoint.
     *
     * @param health
     *            the runtime's health endpoints, ending with {@code /}: {@code ready} and {@code live} resolve against
     *            it
     * @param service
     *            the service name of the application, which several checks named {@code lightbus} on one server tell
     *            apart
     * @param details
     *            entries the check must have
     */
    public static void readyWithEveryConsumer(URI health, String service, Map<String, String> details) {
        await().atMost(EventScenarios.PATIENCE).untilAsserted(() -> {
            JsonNode check = check(Http.get(health, "ready"), service);
            assertThat(check.path("status").asText()).as("readiness of %s: %s", service, check).isEqualTo("UP");
            details.forEach((key, value) -> assertThat(check.path("data").path(key).asText())
                    .as("%s of the readiness of %s: %s", key, service, check).isEqualTo(value));
        });
        JsonNode live = check(Http.get(health, "live"), service);
        assertThat(live.path("status").asText()).as("liveness of %s: %s", service, live).isEqualTo("UP");
        assertThat(live.path("data").path("connection").asText()).isEqualTo("up");
    }

    private static JsonNode check(String body, String service) {
        try {
            for (JsonNode check : JSON.readTree(body).path("checks")) {
                if (check.path("name").asText().equals("lightbus")
                        && check.path("data").path("service").asText().equals(service)) {
                    return check;
                }
            }
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
        throw new AssertionError("no check lightbus of service " + service + " in " + body);
    }
}
