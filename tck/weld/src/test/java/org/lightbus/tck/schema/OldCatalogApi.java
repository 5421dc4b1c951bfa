package org.lightbus.tck.schema;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

/**
 * An application built against another contract of {@code catalog}: its reservation lacks the quantity the owner
 * requires, and its event requires a currency the owner never sends.
 */
@BusApi("catalog")
public interface OldCatalogApi {

    @BusEvent(name = "product_added")
    record ProductAdded(String sku, String name, String currency) {
    }

    record Reservation(String sku) {
    }

    boolean reserve(Reservation reservation);
}
