package org.lightbus.interop;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.vertx.core.json.JsonObject;

/**
 * A Reactive Messaging consumer of Lightbus events: the SmallRye RabbitMQ connector hands a JSON body over as a
 * {@link JsonObject}.
 */
@ApplicationScoped
public class ReactiveSignups {

    private final List<String> usernames = new CopyOnWriteArrayList<>();

    @Incoming("signups")
    void onSignup(JsonObject event) {
        usernames.add(event.getString("username"));
    }

    List<String> usernames() {
        return usernames;
    }
}
