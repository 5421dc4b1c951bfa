package org.lightbus.cdi.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.Listener;

@ApplicationScoped
public class Shipping {

    void track(@Observes @Bus OrdersApi.OrderShipped event) {
    }

    void invoice(@Observes @Bus @Listener("invoicing") OrdersApi.OrderShipped event) {
    }
}
