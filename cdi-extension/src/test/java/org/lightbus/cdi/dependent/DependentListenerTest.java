package org.lightbus.cdi.dependent;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.jboss.weld.junit5.auto.AddBeanClasses;
import org.junit.jupiter.api.Test;
import org.lightbus.api.Bus;
import org.lightbus.cdi.testkit.LightbusComponentTest;
import org.lightbus.cdi.testkit.RecordingTransport;

@LightbusComponentTest(config = "lightbus.owned-apis=shop")
@AddBeanClasses(Packer.class)
class DependentListenerTest {

    @Inject
    Ledger ledger;

    @Inject
    @Bus
    Event<ShopApi.OrderPlaced> orderPlaced;

    @Test
    void eachEventGetsItsOwnInstanceWhichIsDestroyedAfterIt() {
        orderPlaced.fire(new ShopApi.OrderPlaced("A-1"));
        orderPlaced.fire(new ShopApi.OrderPlaced("A-2"));
        RecordingTransport transport = RecordingTransport.current();
        transport.awaitDelivered();

        assertThat(transport.deadLetters()).isEmpty();
        assertThat(ledger.entries()).hasSize(4);
        String first = ledger.entries().get(0).substring("pack A-1 by ".length());
        String second = ledger.entries().get(2).substring("pack A-2 by ".length());
        assertThat(second).isNotEqualTo(first);
        assertThat(ledger.entries()).containsExactly("pack A-1 by " + first, "destroy " + first,
                "pack A-2 by " + second, "destroy " + second);
    }
}
