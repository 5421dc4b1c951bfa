package org.lightbus.cli;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;

/** The application that fires the orders, on the bus. */
@ApplicationScoped
public class Shop {

    @Inject
    @Bus
    Event<ShopApi.OrderPlaced> placed;

    /** Fires an order; returns once the broker has confirmed it. */
    public void place(String orderId, String customer) {
        placed.fire(new ShopApi.OrderPlaced(orderId, customer, 42));
    }
}
