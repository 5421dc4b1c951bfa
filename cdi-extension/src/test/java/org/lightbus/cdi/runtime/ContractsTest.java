package org.lightbus.cdi.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;
import org.lightbus.api.LightbusException;
import org.lightbus.cdi.codec.JsonCodec;
import org.lightbus.cdi.model.EventType;
import org.lightbus.cdi.model.EventTypes;
import org.lightbus.cdi.runtime.Contracts.Direction;
import org.lightbus.cdi.runtime.RuntimeSettings.Validation;
import org.lightbus.cdi.schema.ApiSchema;
import org.lightbus.cdi.schema.SchemaGenerator;

class ContractsTest {

    @BusApi("shop")
    interface ShopApi {
        @BusEvent
        record OrderPlaced(String orderId, int quantity) {
        }
    }

    /** The owner's contract of the same event: it has no quantity. */
    @BusEvent(api = "shop", name = "order_placed")
    record OwnersOrderPlaced(String orderId) {
    }

    private final SchemaGenerator generator = new SchemaGenerator();
    private final EventType orderPlaced = new EventTypes().inspect(ShopApi.OrderPlaced.class).eventType();
    private final JsonCodec codec = new JsonCodec();

    @Test
    void anApiUsedButNotOwnedIsWantedAndAnOwnedOneIsPublished() {
        Contracts user = contracts(Set.of(), false);
        Contracts owner = new Contracts(Set.of("shop"), Map.of("shop", local()), generator,
                api -> new Validation(true, true, false));

        assertThat(user.wanted()).containsExactly("shop");
        assertThat(user.ownedSchemas()).isEmpty();
        assertThat(owner.wanted()).isEmpty();
        assertThat(ApiSchema.parse(owner.ownedSchemas().get("shop"))).isEqualTo(local());
    }

    @Test
    void aPublishedSchemaWithoutAFieldTheListenerRequiresIsReportedWithItsPath() {
        Contracts contracts = contracts(Set.of(), false);

        contracts.received("shop", published());

        assertThat(contracts.incompatibilities("shop")).singleElement().asString()
                .startsWith("event order_placed $.quantity").contains("missing");
        contracts.checkAtStart(); // not strict: a warning only
    }

    @Test
    void inStrictModeAnIncompatibleContractFailsTheStartNamingTheKeyAndTheField() {
        Contracts contracts = contracts(Set.of(), true);
        contracts.received("shop", published());

        assertThatThrownBy(contracts::checkAtStart).isInstanceOf(LightbusException.class)
                .hasMessageStartingWith("LBUS02016").hasMessageContaining("lightbus.api.shop.validate.strict")
                .hasMessageContaining("$.quantity");
    }

    @Test
    void incomingEventsAreCheckedAgainstThePublishedSchemaOnceItIsKnown() {
        Contracts contracts = contracts(Set.of(), false);
        var withoutQuantity = codec.toTree(new OwnersOrderPlaced("o-1"));

        assertThat(contracts.event(Direction.INCOMING, orderPlaced, withoutQuantity)).as("the local contract")
                .singleElement().asString().startsWith("$").contains("quantity");

        contracts.received("shop", published());

        assertThat(contracts.event(Direction.INCOMING, orderPlaced, withoutQuantity)).isEmpty();
        assertThat(contracts.describe("shop")).startsWith("published schema sha256:");
    }

    @Test
    void inStrictModeAMessageOfAnApiWithoutPublishedSchemaIsRefused() {
        Contracts contracts = contracts(Set.of(), true);

        assertThat(contracts.event(Direction.INCOMING, orderPlaced, codec.toTree(new ShopApi.OrderPlaced("o", 1))))
                .singleElement().asString().contains("has published no schema")
                .contains("lightbus.api.shop.validate.strict=true");
    }

    @Test
    void aSchemaThatIsNotADocumentOrOfAnotherApiIsIgnored() {
        Contracts contracts = contracts(Set.of(), false);

        contracts.received("shop", "{\"not\": \"a schema\"}".getBytes(UTF_8));
        contracts.received("shop", generator.api("billing", List.of(), null).toJson());

        assertThat(contracts.known()).isEmpty();
    }

    @Test
    void waitingForSchemasEndsWhenTheyArriveOrAfterTheTimeout() throws Exception {
        Contracts contracts = contracts(Set.of(), false);
        long start = System.nanoTime();
        contracts.awaitPublished(Duration.ofMillis(200));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));

        CompletableFuture<Void> waiting = CompletableFuture
                .runAsync(() -> contracts.awaitPublished(Duration.ofMinutes(5)));
        contracts.received("shop", published());

        waiting.get(60, TimeUnit.SECONDS);
        assertThat(contracts.known()).containsOnlyKeys("shop");
    }

    private Contracts contracts(Set<String> owned, boolean strict) {
        return new Contracts(owned, Map.of("shop", local()), generator, api -> new Validation(true, true, strict));
    }

    private ApiSchema local() {
        return generator.api("shop", List.of(orderPlaced), null);
    }

    private byte[] published() {
        EventType owners = new EventTypes().inspect(OwnersOrderPlaced.class).eventType();
        return generator.api("shop", List.of(owners), null).toJson();
    }
}
