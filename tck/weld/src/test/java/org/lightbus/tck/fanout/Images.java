package org.lightbus.tck.fanout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.tck.contract.AuthApi;

@ApplicationScoped
public class Images {

    private final Received received = new Received();

    void resizeAvatar(@Observes @Bus AuthApi.UserSignedUp event) {
        received.add(event.username());
    }

    Received received() {
        return received;
    }
}
