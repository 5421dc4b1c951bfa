package org.lightbus.cli;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.Listener;

/** Audit listens to the shop's API, but only to cancelled orders. */
@ApplicationScoped
public class Audit {

    void cancelled(@Observes @Bus @Listener("cancelled") ShopApi.OrderCancelled order) {
        // recorded elsewhere
    }
}
