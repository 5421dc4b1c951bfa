package org.lightbus.cdi.injection;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;

@ApplicationScoped
public class SearchIndex {

    final List<String> indexed = new CopyOnWriteArrayList<>();

    void index(Slugs slugs, @Observes @Bus ProductAdded event) {
        indexed.add(slugs.slug(event.sku()));
    }

    List<String> indexed() {
        return indexed;
    }
}
