package org.lightbus.cdi.contracts;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

/** An API another application owns. */
@BusApi("billing")
public interface BillingApi {

    @BusEvent
    record InvoicePaid(String invoiceId) {
    }
}
