package org.lightbus.tck.arquillian;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.EventContext;
import org.lightbus.tck.contract.AuthApi;

@ApplicationScoped
public class Mailer {

    private final List<String> welcomed = new CopyOnWriteArrayList<>();

    void welcome(@Observes @Bus AuthApi.UserSignedUp event, EventContext context) {
        welcomed.add(event.username() + " from " + context.sourceService());
    }

    public List<String> welcomed() {
        return welcomed;
    }
}
