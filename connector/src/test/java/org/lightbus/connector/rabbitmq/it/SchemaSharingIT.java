package org.lightbus.connector.rabbitmq.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.devbroker.junit.RequiresRabbitMQ;
import org.lightbus.spi.ListenerHandle;
import org.lightbus.spi.SchemaHandler;
import org.lightbus.spi.Transport;

/**
 * Applications share API schemas over the broker: an application gets the schema of an API it wants whether the owner
 * started before it (it asks) or after it (the owner publishes on start), and sees a newer one while it runs.
 */
class SchemaSharingIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final BrokerFixture broker = new BrokerFixture();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final SchemaHandler handler = (api, schema) -> received.add(api + " " + new String(schema, UTF_8));

    @AfterEach
    void cleanUp() {
        broker.exchange("$schemas");
        broker.close();
    }

    @Test
    void anApplicationStartedAfterTheOwnerAsksForTheSchemaAndGetsIt() {
        share(broker.transport(broker.service("auth")), Map.of("auth", "{\"v\":1}"), Set.of());

        share(broker.transport(broker.service("images")), Map.of(), Set.of("auth"));

        await().atMost(WAIT).until(() -> received.contains("auth {\"v\":1}"));
    }

    @Test
    void anOwnerStartedLaterPublishesItsSchemaToTheApplicationsAlreadyRunning() {
        share(broker.transport(broker.service("images")), Map.of(), Set.of("auth"));
        share(broker.transport(broker.service("auth")), Map.of("billing", "{\"b\":1}"), Set.of());
        assertThat(received).as("only wanted APIs arrive").isEmpty();

        Transport owner = broker.transport(broker.service("auth-v2"));
        ListenerHandle first = share(owner, Map.of("auth", "{\"v\":1}"), Set.of());
        await().atMost(WAIT).until(() -> received.contains("auth {\"v\":1}"));
        first.close();

        share(broker.transport(broker.service("auth-v3")), Map.of("auth", "{\"v\":2}"), Set.of());

        await().atMost(WAIT).until(() -> received.contains("auth {\"v\":2}"));
        assertThat(received).allMatch(schema -> schema.startsWith("auth "));
    }

    @Test
    @RequiresRabbitMQ("rabbitmqctl close_connection")
    void afterAConnectionLossTheOwnerPublishesItsSchemaAgain() {
        String ownerService = broker.service("auth");
        share(broker.transport(ownerService), Map.of("auth", "{\"v\":1}"), Set.of());
        share(broker.transport(broker.service("images")), Map.of(), Set.of("auth"));
        await().atMost(WAIT).until(() -> received.contains("auth {\"v\":1}"));
        int before = received.size();

        broker.killConnections(ownerService);

        await().atMost(WAIT).until(() -> received.size() > before);
        assertThat(received.get(received.size() - 1)).isEqualTo("auth {\"v\":1}");
    }

    private ListenerHandle share(Transport transport, Map<String, String> owned, Set<String> wanted) {
        Map<String, byte[]> schemas = new HashMap<>();
        owned.forEach((api, json) -> schemas.put(api, json.getBytes(UTF_8)));
        return transport.shareSchemas(schemas, wanted, handler);
    }
}
