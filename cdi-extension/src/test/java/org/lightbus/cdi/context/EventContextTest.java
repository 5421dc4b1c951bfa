package org.lightbus.cdi.context;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lightbus.api.Bus;
import org.lightbus.cdi.testkit.LightbusComponentTest;
import org.lightbus.cdi.testkit.RecordingTransport;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.OutgoingEvent;

@LightbusComponentTest(config = "lightbus.owned-apis=acme.billing")
class EventContextTest {

    @Inject
    Ledger ledger;

    @Inject
    @Bus
    Event<BillingApi.InvoicePaid> invoicePaid;

    @Test
    void theEventContextParameterCarriesTheMessageMetadata() {
        Instant firedAt = Instant.parse("2024-05-01T10:15:30.123Z");

        assertThat(RecordingTransport.current()
                .deliver(new IncomingEvent("acme.billing", "paid", "msg-42", "billing-service", firedAt, 3,
                        "{\"invoice\":\"inv-7\"}".getBytes(UTF_8)))).singleElement()
                                .satisfies(outcome -> assertThat(outcome.succeeded()).as(outcome.toString()).isTrue());

        assertThat(ledger.contexts()).singleElement().satisfies(context -> {
            assertThat(context.messageId()).isEqualTo("msg-42");
            assertThat(context.api()).isEqualTo("acme.billing");
            assertThat(context.eventName()).isEqualTo("paid");
            assertThat(context.sourceService()).isEqualTo("billing-service");
            assertThat(context.attempt()).isEqualTo(3);
            assertThat(context.timestamp()).isEqualTo(firedAt);
        });
    }

    @Test
    void theContextOfAFiredEventMatchesWhatWasPublished() {
        invoicePaid.fire(new BillingApi.InvoicePaid("inv-1"));
        RecordingTransport transport = RecordingTransport.current();
        transport.awaitDelivered();

        OutgoingEvent published = transport.published.get(0);
        assertThat(ledger.contexts()).singleElement().satisfies(context -> {
            assertThat(context.messageId()).isEqualTo(published.messageId());
            assertThat(context.sourceService()).isEqualTo("test");
            assertThat(context.timestamp()).isEqualTo(published.timestamp());
        });
    }
}
