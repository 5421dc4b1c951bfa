package org.lightbus.cli;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.EventContext;
import org.lightbus.api.Listener;

/** Billing once fixed: the same listener {@code charge}, which now succeeds and records each order and attempt. */
@ApplicationScoped
public class WorkingBilling {

    /** An order charged, and the attempt the listener was on. */
    public record Charged(String orderId, int attempt) {
    }

    private final List<Charged> charged = new CopyOnWriteArrayList<>();

    void charge(@Observes @Bus @Listener("charge") ShopApi.OrderPlaced order, EventContext context) {
        charged.add(new Charged(order.orderId(), context.attempt()));
    }

    public List<Charged> charged() {
        return charged;
    }
}
