package org.lightbus.cdi.context;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.EventContext;

@ApplicationScoped
public class Ledger {

    final List<EventContext> contexts = new CopyOnWriteArrayList<>();

    void book(EventContext context, @Observes @Bus BillingApi.InvoicePaid event) {
        contexts.add(context);
    }

    List<EventContext> contexts() {
        return contexts;
    }
}
