package org.lightbus.cdi.contracts;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lightbus.api.Bus;
import org.lightbus.api.BusSchemas;
import org.lightbus.api.LightbusException;
import org.lightbus.cdi.testkit.LightbusComponentTest;
import org.lightbus.cdi.testkit.RecordingTransport;
import org.lightbus.spi.DeadLetterReason;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.InvalidEventException;
import org.lightbus.spi.Transport;

/**
 * An application owns the APIs it serves or lists in {@code lightbus.owned-apis}, fires only their events, checks what
 * it sends and receives against their schemas, and shares the schemas of the APIs it owns.
 */
@LightbusComponentTest(config = "lightbus.owned-apis=shop")
class ContractsComponentTest {

    @Inject
    @Bus
    Event<ShopApi.OrderPlaced> orderPlaced;

    @Inject
    @Bus
    Event<BillingApi.InvoicePaid> invoicePaid;

    @Inject
    Warehouse warehouse;

    @Inject
    BusSchemas schemas;

    RecordingTransport transport;

    @BeforeEach
    void recordWithoutDelivering() {
        warehouse.received(); // starts the application
        transport = RecordingTransport.current();
        transport.hold();
    }

    @Test
    void firingAnEventOfAnApiTheApplicationDoesNotOwnFailsNamingTheApiAndTheKey() {
        assertThatThrownBy(() -> invoicePaid.fire(new BillingApi.InvoicePaid("i-1")))
                .isInstanceOf(LightbusException.class).hasMessageStartingWith("LBUS02013")
                .hasMessageContaining("billing.invoice_paid").hasMessageContaining(BillingApi.class.getName())
                .hasMessageContaining("lightbus.owned-apis");
        assertThat(transport.published).isEmpty();
    }

    @Test
    void anEventThatDoesNotMatchTheSchemaIsNotSentAndTheErrorNamesTheField() {
        assertThatThrownBy(() -> orderPlaced.fire(new ShopApi.OrderPlaced(null, 1, Optional.empty())))
                .isInstanceOf(LightbusException.class).hasMessageStartingWith("LBUS02014")
                .hasMessageContaining("shop.order_placed").hasMessageContaining("$.orderId")
                .hasMessageContaining("lightbus.api.shop.validate.outgoing");
        assertThat(transport.published).isEmpty();

        orderPlaced.fire(new ShopApi.OrderPlaced("o-1", 1, Optional.empty()));
        assertThat(transport.published).hasSize(1);
    }

    @Test
    void anIncomingEventThatDoesNotMatchIsUndecodableAndTheNextOneIsDelivered() {
        assertThat(transport.deliver(delivered("{\"orderId\": 5, \"quantity\": 1}"))).singleElement()
                .satisfies(outcome -> {
                    assertThat(outcome.deadLetterReason()).hasValue(DeadLetterReason.INVALID);
                    assertThat(outcome.error()).get().isInstanceOf(InvalidEventException.class).asString()
                            .contains("LBUS02015").contains("shop.order_placed").contains("$.orderId");
                });
        assertThat(transport.deliver(delivered("{\"orderId\": \"o-2\", \"quantity\": 2, \"note\": null}")))
                .singleElement().satisfies(outcome -> assertThat(outcome.succeeded()).as(outcome.toString()).isTrue());

        assertThat(warehouse.received()).containsExactly(new ShopApi.OrderPlaced("o-2", 2, Optional.empty()));
    }

    @Test
    void theSchemaOfTheOwnedApiIsSharedWithAllItsEventsAndCanBeWrittenToFiles(@TempDir Path directory)
            throws Exception {
        assertThat(transport.ownedSchemas).containsOnlyKeys("shop");
        assertThat(new String(transport.ownedSchemas.get("shop"), UTF_8)).contains("order_placed")
                .contains("order_shipped");
        assertThat(transport.wantedSchemas).isEmpty();
        assertThat(schemas.apis()).containsExactly("shop");
        assertThat(schemaAReaderGets("shop")).as("through the broker").isEqualTo(transport.ownedSchemas.get("shop"));

        assertThat(schemas.dump(directory.resolve("schemas"))).containsExactly(directory.resolve("schemas/shop.json"));
        assertThat(Files.readString(directory.resolve("schemas/shop.json"))).isEqualTo(schemas.schema("shop").get());
        assertThat(schemas.schema("billing")).isEmpty();
    }

    /** What another application that uses the API receives from the broker. */
    private byte[] schemaAReaderGets(String api) {
        CompletableFuture<byte[]> received = new CompletableFuture<>();
        try (Transport reader = transport.broker().connect("reader")) {
            reader.shareSchemas(Map.of(), Set.of(api), (sharedApi, schema) -> received.complete(schema));
            return received.orTimeout(30, TimeUnit.SECONDS).join();
        }
    }

    private static IncomingEvent delivered(String body) {
        return new IncomingEvent("shop", "order_placed", "m-" + body.hashCode(), "other", Instant.now(), 1,
                body.getBytes(UTF_8));
    }
}
