package org.lightbus.cli;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.Listener;

/** Billing while it cannot charge: its listener {@code charge} always fails, so the orders end as dead letters. */
@ApplicationScoped
public class FailingBilling {

    void charge(@Observes @Bus @Listener("charge") ShopApi.OrderPlaced order) {
        throw new IllegalStateException("no stock for " + order.orderId());
    }
}
