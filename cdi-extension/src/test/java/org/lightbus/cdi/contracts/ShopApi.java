package org.lightbus.cdi.contracts;

import java.util.Optional;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

@BusApi("shop")
public interface ShopApi {

    @BusEvent
    record OrderPlaced(String orderId, int quantity, Optional<String> note) {
    }

    @BusEvent
    record OrderShipped(String orderId) {
    }
}
