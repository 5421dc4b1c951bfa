package org.lightbus.tck.schema;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;

/** Another application, built against the owner's contract: listens to its event and calls it. */
@ApplicationScoped
public class Shop {

    private final List<CatalogApi.ProductAdded> products = new CopyOnWriteArrayList<>();

    @Inject
    @Bus
    CatalogApi catalog;

    void onProduct(@Observes @Bus CatalogApi.ProductAdded product) {
        products.add(product);
    }

    List<CatalogApi.ProductAdded> products() {
        return products;
    }

    CatalogApi catalog() {
        return catalog;
    }
}
