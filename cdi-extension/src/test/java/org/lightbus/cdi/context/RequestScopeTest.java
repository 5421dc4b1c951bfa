package org.lightbus.cdi.context;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lightbus.cdi.testkit.InMemoryTransport;
import org.lightbus.cdi.testkit.LightbusComponentTest;
import org.lightbus.spi.IncomingEvent;

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
        InMemoryTransport transport = InMemoryTransport.current();

        assertThat(CompletableFuture.runAsync(() -> {
            transport.deliver(invoicePaid("inv-1"));
            transport.deliver(invoicePaid("inv-2"));
        })).succeedsWithin(Duration.ofSeconds(10));

        assertThat(transport.failures).isEmpty();
        assertThat(cashier.receipts()).containsExactly(List.of("inv-1"), List.of("inv-2"));
        assertThat(Receipt.DESTROYED).hasSize(2);
    }

    private static IncomingEvent invoicePaid(String invoice) {
        return new IncomingEvent("acme.billing", "paid", "m-" + invoice, "billing", Instant.now(), 1,
                ("{\"invoice\":\"" + invoice + "\"}").getBytes(UTF_8));
    }
}
