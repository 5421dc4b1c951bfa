package org.lightbus.cdi.context;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

@BusApi("acme.billing")
public interface BillingApi {

    @BusEvent(name = "paid")
    record InvoicePaid(String invoice) {
    }
}
