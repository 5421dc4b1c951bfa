package org.lightbus.cdi.fire;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

@BusApi("shop")
public interface ShopApi {

    @BusEvent
    record OrderPlaced(String orderId, int quantity) {
    }
}
