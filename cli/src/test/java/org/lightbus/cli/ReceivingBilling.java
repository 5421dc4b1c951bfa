package org.lightbus.cli;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.EventContext;
import org.lightbus.api.Listener;

/** Billing's listener {@code charge}, recording each order with the service and message it came from. */
@ApplicationScoped
public class ReceivingBilling {

    /** An order as received. */
    public record Received(ShopApi.OrderPlaced order, String sourceService, String messageId) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();

    void charge(@Observes @Bus @Listener("charge") ShopApi.OrderPlaced order, EventContext context) {
        received.add(new Received(order, context.sourceService(), context.messageId()));
    }

    public List<Received> received() {
        return received;
    }
}
