package org.lightbus.tck.app;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.lightbus.api.EventContext;

/**
 * The {@code channels} role: Reactive Messaging code on the bus. Its incoming channel {@code tck-welcome} is a listener
 * of its service that acknowledges by itself, reading the {@link EventContext} from the metadata; it refuses users
 * whose name starts with {@code ch-refused} and the first attempt for {@code ch-flaky} ones (prefixes that the other
 * roles' listeners take). Its outgoing channel {@code tck-announcements} publishes {@link AuthApi.UserSignedUp}: the
 * role runs in the {@code signup} service, which owns the API.
 */
@ApplicationScoped
public class Channels {

    @Inject
    Received received;

    @Inject
    @Channel("tck-announcements")
    Emitter<AuthApi.UserSignedUp> announcements;

    @Incoming("tck-welcome")
    CompletionStage<Void> welcome(Message<AuthApi.UserSignedUp> message) {
        AuthApi.UserSignedUp event = message.getPayload();
        EventContext context = message.getMetadata(EventContext.class).orElseThrow();
        if (event.username().startsWith("ch-refused")
                || (event.username().startsWith("ch-flaky") && context.attempt() == 1)) {
            return message.nack(new IllegalArgumentException("channel refuses " + event.username()));
        }
        received.add("tck-welcome", event, context);
        return message.ack();
    }

    /**
     * @return completes when the broker confirmed the event
     */
    CompletionStage<Void> announce(String username) {
        return announcements.send(new AuthApi.UserSignedUp(username, username + "@example.com"));
    }
}
