package org.lightbus.testing.simulate;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.EventContext;
import org.lightbus.api.Listener;
import org.lightbus.testing.contract.AuthApi;

/** The code under test: two listeners of another application's event; the mailer fails for one user. */
@ApplicationScoped
public class Thumbnails {

    private final List<String> resized = new CopyOnWriteArrayList<>();
    private final List<EventContext> contexts = new CopyOnWriteArrayList<>();
    private final List<Integer> mailAttempts = new CopyOnWriteArrayList<>();

    public List<String> resized() {
        return resized;
    }

    List<EventContext> contexts() {
        return contexts;
    }

    List<Integer> mailAttempts() {
        return mailAttempts;
    }

    void resize(@Observes @Bus AuthApi.UserSignedUp event, EventContext context) {
        resized.add(event.username());
        contexts.add(context);
    }

    void welcome(@Observes @Bus @Listener("welcome-email") AuthApi.UserSignedUp event, EventContext context) {
        mailAttempts.add(context.attempt());
        if (event.username().equals("mallory")) {
            throw new IllegalStateException("mail server refuses " + event.email());
        }
    }
}
