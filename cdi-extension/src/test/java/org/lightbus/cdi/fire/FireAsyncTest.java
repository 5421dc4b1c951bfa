package org.lightbus.cdi.fire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lightbus.api.Bus;
import org.lightbus.cdi.testkit.LightbusComponentTest;
import org.lightbus.cdi.testkit.RecordingTransport;

@LightbusComponentTest(config = "lightbus.owned-apis=shop")
class FireAsyncTest {

    @Inject
    @Bus
    Event<ShopApi.OrderPlaced> orderPlaced;

    @Inject
    Warehouse warehouse;

    @Test
    void fireAsyncCompletesOnceTheEventIsPublished() {
        RecordingTransport transport = RecordingTransport.current();

        assertThat(orderPlaced.fireAsync(new ShopApi.OrderPlaced("o-3", 1))).succeedsWithin(Duration.ofSeconds(10));

        assertThat(transport.published).singleElement()
                .satisfies(event -> assertThat(event.eventName()).isEqualTo("order_placed"));
        transport.awaitDelivered();
        assertThat(warehouse.received()).containsExactly(new ShopApi.OrderPlaced("o-3", 1));
    }

    @Test
    void fireAsyncDoesNotCallTheLocalBusListener() {
        RecordingTransport transport = RecordingTransport.current();
        transport.hold();

        assertThat(orderPlaced.fireAsync(new ShopApi.OrderPlaced("o-4", 1))).succeedsWithin(Duration.ofSeconds(10));

        assertThat(transport.published).hasSize(1);
        assertThat(warehouse.received()).isEmpty();

        transport.release();
        transport.awaitDelivered();
        assertThat(warehouse.received()).as("the delivery from the broker")
                .containsExactly(new ShopApi.OrderPlaced("o-4", 1));
    }
}
