package org.lightbus.cdi.dependent;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;

/** A {@code @Dependent} listener bean: a new instance per event, destroyed after it, as for a CDI observer. */
@Dependent
public class Packer {

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final int instance = INSTANCES.incrementAndGet();

    @Inject
    Ledger ledger;

    void pack(@Observes @Bus ShopApi.OrderPlaced event) {
        ledger.add("pack " + event.order() + " by " + instance);
    }

    @PreDestroy
    void destroyed() {
        ledger.add("destroy " + instance);
    }
}
