package org.lightbus.cdi.contracts;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;

@ApplicationScoped
public class Warehouse {

    private final List<ShopApi.OrderPlaced> received = new CopyOnWriteArrayList<>();

    void onOrder(@Observes @Bus ShopApi.OrderPlaced order) {
        received.add(order);
    }

    List<ShopApi.OrderPlaced> received() {
        return received;
    }
}
