package org.lightbus.cdi.context;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;

@ApplicationScoped
public class Cashier {

    @Inject
    Receipt receipt;

    /** The contextual instance behind the client proxy, per delivery. */
    final List<List<String>> receipts = new CopyOnWriteArrayList<>();

    void print(@Observes @Bus BillingApi.InvoicePaid event) {
        receipt.add(event.invoice());
        receipts.add(receipt.lines());
    }

    List<List<String>> receipts() {
        return receipts;
    }
}
