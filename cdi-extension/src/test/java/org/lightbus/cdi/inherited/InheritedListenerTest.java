package org.lightbus.cdi.inherited;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lightbus.api.Bus;
import org.lightbus.cdi.testkit.LightbusComponentTest;
import org.lightbus.cdi.testkit.RecordingTransport;
import org.lightbus.spi.ListenerSpec;

@LightbusComponentTest(config = "lightbus.owned-apis=shop")
class InheritedListenerTest {

    @Inject
    OrderAudit audit;

    @Inject
    @Bus
    Event<ShopApi.OrderPlaced> orderPlaced;

    @Test
    void aListenerMethodInheritedFromASuperclassListensUnderTheBeanClassName() {
        orderPlaced.fire(new ShopApi.OrderPlaced("A-1"));
        RecordingTransport transport = RecordingTransport.current();
        transport.awaitDelivered();

        assertThat(transport.deadLetters()).isEmpty();
        assertThat(transport.listeners).extracting(ListenerSpec::listenerName).containsExactly("OrderAudit.record");
        assertThat(audit.seen()).containsExactly("audit A-1");
    }
}
