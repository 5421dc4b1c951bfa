package org.lightbus.tck.fanout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.Listener;
import org.lightbus.tck.contract.AuthApi;

@ApplicationScoped
public class Mailer {

    private final Received received = new Received();

    void welcome(@Observes @Bus @Listener("welcome-email") AuthApi.UserSignedUp event) {
        received.add(event.username());
    }

    Received received() {
        return received;
    }
}
