package org.lightbus.cdi.fire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lightbus.api.Bus;
import org.lightbus.cdi.testkit.LightbusComponentTest;
import org.lightbus.cdi.testkit.RecordingTransport;
import org.lightbus.spi.OutgoingEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

@LightbusComponentTest(config = "lightbus.owned-apis=shop")
class FireTest {

    @Inject
    @Bus
    Event<ShopApi.OrderPlaced> orderPlaced;

    @Inject
    Warehouse warehouse;

    RecordingTransport transport;

    @BeforeEach
    void recordWithoutDelivering() {
        transport = RecordingTransport.current();
        transport.hold();
    }

    @Test
    void firePublishesOneEventWithItsNamesServiceMessageIdAndJsonBody() throws Exception {
        Instant before = Instant.now();

        orderPlaced.fire(new ShopApi.OrderPlaced("o-1", 3));

        assertThat(transport.published).singleElement().satisfies(event -> {
            assertThat(event.api()).isEqualTo("shop");
            assertThat(event.eventName()).isEqualTo("order_placed");
            assertThat(event.sourceService()).isEqualTo("test");
            assertThat(event.messageId()).isNotBlank();
            assertThat(event.timestamp()).isBetween(before, Instant.now());
            ObjectMapper json = new ObjectMapper();
            assertThat(json.readTree(event.body())).isEqualTo(json.readTree("{\"orderId\":\"o-1\",\"quantity\":3}"));
        });
    }

    @Test
    void everyFireHasItsOwnMessageId() {
        orderPlaced.fire(new ShopApi.OrderPlaced("o-1", 1));
        orderPlaced.fire(new ShopApi.OrderPlaced("o-1", 1));

        assertThat(transport.published).extracting(OutgoingEvent::messageId).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void fireDoesNotCallTheLocalBusListenerButTheDeliveryFromTheBrokerDoes() {
        orderPlaced.fire(new ShopApi.OrderPlaced("o-2", 5));

        assertThat(warehouse.received()).isEmpty();

        transport.release();
        transport.awaitDelivered();

        assertThat(warehouse.received()).containsExactly(new ShopApi.OrderPlaced("o-2", 5));
    }
}
