package org.lightbus.cdi.injection;

import org.lightbus.api.BusEvent;

/** A standalone event, not nested in its API. */
@BusEvent(api = "catalog")
public record ProductAdded(String sku) {
}
