package org.lightbus.tck.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.lightbus.devbroker.junit.TestBroker;
import org.lightbus.tck.support.Broker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An application on the server makes itself known to the operators' tools ({@code docs/protocol.md}, "Service
 * directory", what {@code lightbus inspect} reads): it answers a description request with its listeners, each
 * consuming, and the APIs it serves, and, on RabbitMQ, has recorded its start in the directory stream.
 */
public final class DirectoryScenarios {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DirectoryScenarios() {
    }

    /**
     * @param service
     *            the deployed application's service name
     * @param listeners
     *            its listeners
     * @param serves
     *            the APIs it serves
     */
    public static void describedOnTheBus(Broker broker, String service, Set<String> listeners, Set<String> serves) {
        Predicate<List<String>> answered = documents -> documents.stream().map(DirectoryScenarios::read)
                .anyMatch(document -> isDescription(document, "running", service, listeners)
                        && consuming(document).containsAll(listeners));
        List<String> answers = broker.describe(answered, EventScenarios.PATIENCE);
        assertThat(answered.test(answers))
                .as("a description of %s with listeners %s, all consuming, among %s", service, listeners, answers)
                .isTrue();
        JsonNode answer = answers.stream().map(DirectoryScenarios::read)
                .filter(document -> isDescription(document, "running", service, listeners)).findFirst().orElseThrow();
        assertThat(answer.path("connected").booleanValue()).isTrue();
        assertThat(strings(answer.path("serves"))).isEqualTo(new TreeSet<>(serves));
        if (TestBroker.kind() == TestBroker.Kind.DEVELOPMENT) {
            return; // other brokers have no streams, so no records
        }
        Predicate<List<String>> recorded = documents -> documents.stream().map(DirectoryScenarios::read)
                .anyMatch(document -> isDescription(document, "started", service, listeners)
                        && document.path("instance").equals(answer.path("instance")));
        List<String> records = broker.directory(recorded, EventScenarios.PATIENCE);
        assertThat(recorded.test(records)).as("a started record of %s's instance among %s", service, records).isTrue();
    }

    private static boolean isDescription(JsonNode document, String moment, String service, Set<String> listeners) {
        return document.path("version").asInt() == 1 && moment.equals(document.path("moment").asText())
                && service.equals(document.path("service").asText()) && names(document).containsAll(listeners);
    }

    private static Set<String> names(JsonNode document) {
        Set<String> names = new TreeSet<>();
        document.path("listeners").forEach(listener -> names.add(listener.path("listener").asText()));
        return names;
    }

    private static Set<String> consuming(JsonNode document) {
        Set<String> names = new TreeSet<>();
        document.path("listeners").forEach(listener -> {
            if (listener.path("consuming").asBoolean()) {
                names.add(listener.path("listener").asText());
            }
        });
        return names;
    }

    private static Set<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return new TreeSet<>(values);
    }

    private static JsonNode read(String document) {
        try {
            return JSON.readTree(document);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }
}
