package org.lightbus.tck.schema;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;

/** An application built against the other contract: listens to the event and calls the procedure. */
@ApplicationScoped
public class OldShop {

    @Inject
    @Bus
    OldCatalogApi catalog;

    void onProduct(@Observes @Bus OldCatalogApi.ProductAdded product) {
    }

    OldCatalogApi catalog() {
        return catalog;
    }
}
