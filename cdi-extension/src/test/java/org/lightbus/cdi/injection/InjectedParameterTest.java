package org.lightbus.cdi.injection;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.jboss.weld.junit5.auto.AddBeanClasses;
import org.junit.jupiter.api.Test;
import org.lightbus.api.Bus;
import org.lightbus.cdi.testkit.LightbusComponentTest;
import org.lightbus.cdi.testkit.RecordingTransport;

@LightbusComponentTest(config = "lightbus.owned-apis=catalog")
@AddBeanClasses(Slugs.class)
class InjectedParameterTest {

    @Inject
    SearchIndex index;

    @Inject
    @Bus
    Event<ProductAdded> productAdded;

    @Test
    void aFurtherParameterOfTheListenerIsInjected() {
        productAdded.fire(new ProductAdded("SKU-9"));
        RecordingTransport transport = RecordingTransport.current();
        transport.awaitDelivered();

        assertThat(transport.deadLetters()).isEmpty();
        assertThat(index.indexed()).containsExactly("product-sku-9");
    }
}
