package org.lightbus.cdi.configcheck;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

@BusApi("orders")
public interface OrdersApi {

    boolean ship(String orderId);

    @BusEvent
    record OrderPlaced(String orderId) {
    }
}
