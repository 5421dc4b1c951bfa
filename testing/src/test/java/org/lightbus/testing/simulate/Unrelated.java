package org.lightbus.testing.simulate;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

/** An API whose events the application under test does not listen to. */
@BusApi("shop")
public interface Unrelated {

    @BusEvent
    record Shipped(String orderId) {
    }
}
