package org.lightbus.tck.retry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.EventContext;
import org.lightbus.api.Listener;
import org.lightbus.tck.contract.AuthApi;

/** Fails the first attempt of every event, succeeds on the retry. */
@ApplicationScoped
public class FailsOnce {

    private final List<Integer> attempts = new CopyOnWriteArrayList<>();

    void handle(@Observes @Bus @Listener("fails-once") AuthApi.UserSignedUp event, EventContext context) {
        attempts.add(context.attempt());
        if (context.attempt() == 1) {
            throw new IllegalStateException("first attempt of " + event.username() + " fails");
        }
    }

    List<Integer> attempts() {
        return attempts;
    }
}
