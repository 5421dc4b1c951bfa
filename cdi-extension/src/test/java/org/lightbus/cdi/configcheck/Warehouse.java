package org.lightbus.cdi.configcheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;

/** Listens to an event and calls a procedure: listener {@code Warehouse.pack}, client of API {@code orders}. */
@ApplicationScoped
public class Warehouse {

    @Inject
    @Bus
    OrdersApi orders;

    void pack(@Observes @Bus OrdersApi.OrderPlaced event) {
        orders.ship(event.orderId());
    }
}
