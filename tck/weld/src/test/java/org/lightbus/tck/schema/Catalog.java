package org.lightbus.tck.schema;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;

/** The owner of {@code catalog}. */
@ApplicationScoped
public class Catalog implements CatalogApi {

    private final List<Reservation> reserved = new CopyOnWriteArrayList<>();

    @Inject
    @Bus
    Event<ProductAdded> added;

    @Override
    public boolean reserve(Reservation reservation) {
        reserved.add(reservation);
        return true;
    }

    void add(ProductAdded product) {
        added.fire(product);
    }

    List<Reservation> reserved() {
        return reserved;
    }
}
