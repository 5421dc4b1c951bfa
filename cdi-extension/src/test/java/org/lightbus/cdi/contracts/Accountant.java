package org.lightbus.cdi.contracts;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;

/** Listens to an API that another application owns. */
@ApplicationScoped
public class Accountant {

    private final List<BillingApi.InvoicePaid> paid = new CopyOnWriteArrayList<>();

    void onPaid(@Observes @Bus BillingApi.InvoicePaid event) {
        paid.add(event);
    }

    List<BillingApi.InvoicePaid> paid() {
        return paid;
    }
}
