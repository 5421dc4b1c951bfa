package org.lightbus.cdi.context;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lightbus.cdi.testkit.LightbusComponentTest;
import org.lightbus.cdi.testkit.RecordingTransport;
import org.lightbus.spi.OutgoingEvent;
import org.lightbus.spi.Transport;

@LightbusComponentTest
class RequestScopeTest {

    @Inject
    Cashier cashier;

    @BeforeEach
    void forgetDestroyedReceipts() {
        Receipt.DESTROYED.clear();
    }

    @Test
    void everyDeliveryRunsInItsOwnRequestContextEvenOnABrokerThread() {
        RecordingTransport transport = RecordingTransport.current();

        try (Transport billing = transport.broker().connect("billing")) { // the owner of the API publishes
            billing.publish(invoicePaid("inv-1"));
            billing.publish(invoicePaid("inv-2"));
        }
        transport.awaitDelivered();

        assertThat(transport.deadLetters()).isEmpty();
        assertThat(cashier.receipts()).containsExactly(List.of("inv-1"), List.of("inv-2"));
        assertThat(Receipt.DESTROYED).hasSize(2);
    }

    private static OutgoingEvent invoicePaid(String invoice) {
        return new OutgoingEvent("acme.billing", "paid", "m-" + invoice, "billing", Instant.now(),
                ("{\"invoice\":\"" + invoice + "\"}").getBytes(UTF_8));
    }
}
