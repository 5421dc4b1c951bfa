package org.lightbus.tck.rpc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import jakarta.enterprise.context.ApplicationScoped;

import org.lightbus.tck.contract.AuthApi;

/**
 * Serves AuthApi and records every execution, so that tests can see which calls ran where.
 */
@ApplicationScoped
public class AuthService implements AuthApi {

    private final String instance = UUID.randomUUID().toString();
    private final List<String> executions = new CopyOnWriteArrayList<>();

    @Override
    public boolean checkPassword(String username, String password) {
        executions.add("check_password " + username);
        if (username.isEmpty()) {
            throw new IllegalArgumentException("username must not be empty");
        }
        return "secret".equals(password);
    }

    @Override
    public CompletionStage<Profile> profile(String username) {
        executions.add("profile " + username);
        return CompletableFuture.supplyAsync(() -> new Profile(username, username.toUpperCase(), Instant.EPOCH));
    }

    @Override
    public Work work(String payload, long millis) {
        executions.add("work " + payload);
        // simulated work: the server is busy for that long
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(millis));
        return new Work(payload, instance);
    }

    public List<String> executions() {
        return executions;
    }

    public String instance() {
        return instance;
    }
}
