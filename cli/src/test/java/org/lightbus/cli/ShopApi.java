package org.lightbus.cli;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

/** The API of the test applications: the shop fires it, billing listens. */
@BusApi("shop")
public interface ShopApi {

    @BusEvent
    record OrderPlaced(String orderId, String customer, int amount) {
    }

    @BusEvent
    record OrderCancelled(String orderId) {
    }
}
