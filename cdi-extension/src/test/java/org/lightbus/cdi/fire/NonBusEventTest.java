package org.lightbus.cdi.fire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lightbus.api.Bus;
import org.lightbus.api.BusEvent;
import org.lightbus.api.LightbusException;
import org.lightbus.cdi.testkit.LightbusComponentTest;
import org.lightbus.cdi.testkit.RecordingTransport;

@LightbusComponentTest
class NonBusEventTest {

    record PriceChanged(String sku) {
    }

    @BusEvent
    record StockChanged(String sku) {
    }

    @Inject
    @Bus
    Event<Object> bus;

    @Test
    void firingANonBusEventFailsNamingTheClassAndPublishesNothing() {
        assertThatThrownBy(() -> bus.fire(new PriceChanged("sku-1"))).isInstanceOfSatisfying(LightbusException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("LBUS02002");
                    assertThat(e).hasMessageStartingWith("LBUS02002")
                            .hasMessageContaining(PriceChanged.class.getName());
                });
        assertThat(RecordingTransport.current().published).isEmpty();
    }

    @Test
    void firingAnInvalidBusEventFailsWithItsDefinitionProblems() {
        assertThatThrownBy(() -> bus.fire(new StockChanged("sku-1"))).isInstanceOf(LightbusException.class)
                .hasMessageStartingWith("LBUS02002").hasMessageContaining(StockChanged.class.getName())
                .hasMessageContaining("LBUS01003");
        assertThat(RecordingTransport.current().published).isEmpty();
    }

    @Test
    void fireAsyncOfANonBusEventCompletesExceptionally() {
        assertThat(bus.fireAsync(new PriceChanged("sku-1"))).failsWithin(Duration.ofSeconds(10)).withThrowableThat()
                .satisfies(e -> assertThat(e).rootCause().isInstanceOf(LightbusException.class)
                        .hasMessageContaining("LBUS02002"));
        assertThat(RecordingTransport.current().published).isEmpty();
    }
}
