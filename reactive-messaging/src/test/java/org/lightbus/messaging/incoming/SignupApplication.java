package org.lightbus.messaging.incoming;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;

/** The other application: plain CDI, firing with {@code @Bus Event<T>} and listening with {@code @Observes @Bus}. */
@ApplicationScoped
public class SignupApplication {

    @Inject
    @Bus
    Event<AuthApi.UserSignedUp> signups;

    private final List<String> orders = new CopyOnWriteArrayList<>();

    public void signUp(String username) {
        signups.fire(new AuthApi.UserSignedUp(username, username + "@example.com"));
    }

    void orderPlaced(@Observes @Bus ShopApi.OrderPlaced order) {
        orders.add(order.orderId() + " by " + order.username());
    }

    public List<String> orders() {
        return orders;
    }
}
