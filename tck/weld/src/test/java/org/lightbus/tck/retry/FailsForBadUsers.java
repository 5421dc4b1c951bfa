package org.lightbus.tck.retry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.Listener;
import org.lightbus.tck.contract.AuthApi;

/** Always fails for users whose name starts with "bad", succeeds for the others. */
@ApplicationScoped
public class FailsForBadUsers {

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<String> handled = new CopyOnWriteArrayList<>();

    void handle(@Observes @Bus @Listener("picky") AuthApi.UserSignedUp event) {
        calls.add(event.username());
        if (event.username().startsWith("bad")) {
            throw new IllegalArgumentException("cannot handle " + event.username());
        }
        handled.add(event.username());
    }

    List<String> calls() {
        return calls;
    }

    List<String> handled() {
        return handled;
    }
}
