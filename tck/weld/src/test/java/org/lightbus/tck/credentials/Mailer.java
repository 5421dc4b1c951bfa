package org.lightbus.tck.credentials;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.Listener;
import org.lightbus.tck.contract.AuthApi;

@ApplicationScoped
public class Mailer {

    private final List<String> welcomed = new CopyOnWriteArrayList<>();

    void welcome(@Observes @Bus @Listener("welcome") AuthApi.UserSignedUp event) {
        welcomed.add(event.username());
    }

    List<String> welcomed() {
        return welcomed;
    }
}
