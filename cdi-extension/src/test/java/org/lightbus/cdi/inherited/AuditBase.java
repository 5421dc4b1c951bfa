package org.lightbus.cdi.inherited;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;

/** Not a bean: declares the listener that its subclass bean inherits. */
public abstract class AuditBase {

    private final List<String> seen = new CopyOnWriteArrayList<>();

    void record(@Observes @Bus ShopApi.OrderPlaced event) {
        seen.add(name() + " " + event.order());
    }

    abstract String name();

    List<String> seen() {
        return seen;
    }
}
