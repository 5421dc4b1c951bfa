package org.lightbus.testing.loopback;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;
import org.lightbus.testing.contract.AuthApi;

/** The code under test: fires the API's event, and listens to it itself, failing for one user. */
@ApplicationScoped
public class Audit {

    private final List<String> audited = new CopyOnWriteArrayList<>();

    @Inject
    @Bus
    Event<AuthApi.UserSignedUp> signedUp;

    public void signUp(String username) {
        signedUp.fire(
                new AuthApi.UserSignedUp(username, username + "@example.com", URI.create("https://a/" + username)));
    }

    void audit(@Observes @Bus AuthApi.UserSignedUp event) {
        if (event.username().equals("mallory")) {
            throw new IllegalStateException("audit log full");
        }
        audited.add(event.username());
    }

    public List<String> audited() {
        return audited;
    }
}
