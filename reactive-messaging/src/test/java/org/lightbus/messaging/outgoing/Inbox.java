package org.lightbus.messaging.outgoing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;

/** A bus listener of the events the channel sends. */
@ApplicationScoped
public class Inbox {

    private final List<String> received = new CopyOnWriteArrayList<>();

    void received(@Observes @Bus AuthApi.UserSignedUp event) {
        received.add(event.username());
    }

    public List<String> received() {
        return received;
    }
}
