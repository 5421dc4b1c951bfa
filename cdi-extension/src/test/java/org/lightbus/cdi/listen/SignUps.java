package org.lightbus.cdi.listen;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;

@ApplicationScoped
public class SignUps {

    final List<AuthApi.UserSignedUp> received = new CopyOnWriteArrayList<>();

    void record(@Observes @Bus AuthApi.UserSignedUp event) {
        received.add(event);
    }

    List<AuthApi.UserSignedUp> received() {
        return received;
    }
}
