package org.lightbus.cdi.local;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;

/** One bus listener and one plain CDI observer of the same event type. */
@ApplicationScoped
public class Newsroom {

    final List<String> fromBus = new CopyOnWriteArrayList<>();
    final List<String> local = new CopyOnWriteArrayList<>();

    void onBus(@Observes @Bus NewsApi.ArticlePublished event) {
        fromBus.add(event.slug());
    }

    void onLocal(@Observes NewsApi.ArticlePublished event) {
        local.add(event.slug());
    }

    List<String> fromBus() {
        return fromBus;
    }

    List<String> local() {
        return local;
    }
}
