package org.lightbus.cdi.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lightbus.api.BusEvent;
import org.lightbus.api.BusSchemas;
import org.lightbus.cdi.model.EventTypes;
import org.lightbus.cdi.schema.SchemaGenerator;
import org.lightbus.cdi.testkit.LightbusComponentTest;
import org.lightbus.cdi.testkit.RecordingTransport;

/**
 * An application that listens to an API it does not own asks for the schema its owner shares, learns it also when the
 * owner starts after it, and compares its own contract with it.
 */
@LightbusComponentTest
class PublishedSchemaTest {

    /** The owner's contract of the event: its field has another name. */
    @BusEvent(api = "billing", name = "invoice_paid")
    record OwnersInvoicePaid(String id) {
    }

    @Inject
    Accountant accountant;

    @Inject
    BusSchemas schemas;

    @Test
    void theSchemaAnOwnerSharesIsKnownAndComparedWithTheListenersContract() {
        accountant.paid(); // starts the application
        RecordingTransport transport = RecordingTransport.current();
        assertThat(transport.wantedSchemas).containsExactly("billing");
        assertThat(schemas.schema("billing")).isEmpty();

        transport.shareSchemaAsOwner("billing", ownersSchema());

        await().atMost(Duration.ofSeconds(30)).until(() -> schemas.schema("billing").isPresent());
        assertThat(schemas.apis()).containsExactly("billing");
        assertThat(schemas.incompatibilities("billing")).isNotEmpty()
                .anySatisfy(difference -> assertThat(difference).startsWith("event invoice_paid $.invoiceId"));
    }

    private static byte[] ownersSchema() {
        SchemaGenerator generator = new SchemaGenerator();
        return generator.api("billing", List.of(new EventTypes().inspect(OwnersInvoicePaid.class).eventType()), null)
                .toJson();
    }
}
