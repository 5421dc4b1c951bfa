package org.lightbus.cdi.config;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

@BusApi("orders")
public interface OrdersApi {

    @BusEvent
    record OrderShipped(String orderId) {
    }
}
