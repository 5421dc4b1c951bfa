package org.lightbus.tck.reconnect;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.Listener;
import org.lightbus.tck.contract.AuthApi;

@ApplicationScoped
public class Mailer {

    private final Set<String> welcomed = ConcurrentHashMap.newKeySet();

    void welcome(@Observes @Bus @Listener("welcome") AuthApi.UserSignedUp event) {
        welcomed.add(event.username());
    }

    Set<String> welcomed() {
        return welcomed;
    }
}
