package org.lightbus.tck.schema;

import java.math.BigDecimal;

import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;

/** The owner's contract: the {@code catalog} application serves it and fires its event. */
@BusApi("catalog")
public interface CatalogApi {

    @BusEvent
    record ProductAdded(String sku, String name, BigDecimal price) {
    }

    record Reservation(String sku, int quantity) {
    }

    boolean reserve(Reservation reservation);
}
