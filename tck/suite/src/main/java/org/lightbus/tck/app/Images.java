package org.lightbus.tck.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;
import org.lightbus.api.EventContext;

/** The {@code images} role's listener, {@code Images.resize}: package-private, as listeners usually are. */
@ApplicationScoped
public class Images {

    @Inject
    Received received;

    void resize(@Observes @Bus AuthApi.UserSignedUp event, EventContext context) {
        received.add("Images.resize", event, context);
    }
}
