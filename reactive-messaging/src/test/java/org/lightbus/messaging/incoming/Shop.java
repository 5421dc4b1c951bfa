package org.lightbus.messaging.incoming;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.lightbus.api.EventContext;

/** The Reactive Messaging application: its channels are on the bus. */
@ApplicationScoped
public class Shop {

    /** What the JSON channel received: the JSON and the event's context. */
    public record Audited(String json, EventContext context) {
    }

    private final List<String> welcomed = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final List<Audited> audited = new CopyOnWriteArrayList<>();

    @Inject
    @Channel("orders")
    Emitter<ShopApi.OrderPlaced> orders;

    /** The channel {@code welcome} takes the event's record; a poisonous name fails, and the message is nacked. */
    @Incoming("welcome")
    void welcome(AuthApi.UserSignedUp signup) {
        attempts.computeIfAbsent(signup.username(), name -> new AtomicInteger()).incrementAndGet();
        if (signup.username().startsWith("poison")) {
            throw new IllegalStateException("cannot welcome " + signup.username());
        }
        welcomed.add(signup.username());
    }

    /** The channel {@code audit} takes the JSON, and acknowledges by itself. */
    @Incoming("audit")
    CompletionStage<Void> audit(Message<String> message) {
        audited.add(new Audited(message.getPayload(), message.getMetadata(EventContext.class).orElseThrow()));
        return message.ack();
    }

    public CompletionStage<Void> placeOrder(String orderId, String username) {
        return orders.send(new ShopApi.OrderPlaced(orderId, username));
    }

    public List<String> welcomed() {
        return welcomed;
    }

    public int attempts(String username) {
        AtomicInteger count = attempts.get(username);
        return count == null ? 0 : count.get();
    }

    public List<Audited> audited() {
        return audited;
    }
}
