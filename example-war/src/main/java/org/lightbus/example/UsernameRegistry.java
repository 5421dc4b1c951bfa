package org.lightbus.example;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.Listener;

/**
 * Serves {@link AuthApi} on the bus (implementing the interface is all it takes) and keeps the taken usernames up to
 * date from the sign-up events.
 */
@ApplicationScoped
public class UsernameRegistry implements AuthApi {

    private final Set<String> taken = ConcurrentHashMap.newKeySet();

    UsernameRegistry() {
        taken.addAll(Set.of("admin", "root"));
    }

    @Override
    public boolean isUsernameTaken(String username) {
        return taken.contains(username);
    }

    void remember(@Observes @Bus @Listener("username-registry") UserSignedUp user) {
        taken.add(user.username());
    }
}
