package org.lightbus.messaging.outgoing;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** Sends sign-ups on a Reactive Messaging channel whose connector is the bus. */
@ApplicationScoped
public class Announcer {

    @Inject
    @Channel("signups")
    Emitter<Object> signups;

    public CompletionStage<Void> announce(Object payload) {
        return signups.send(payload);
    }
}
