package org.lightbus.tck.rpctelemetry;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import org.lightbus.tck.contract.AuthApi;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/** Serves AuthApi and remembers the span current in each call, which must be the call's server span. */
@ApplicationScoped
public class TracedAuthService implements AuthApi {

    private final List<SpanContext> current = new CopyOnWriteArrayList<>();

    @Override
    public boolean checkPassword(String username, String password) {
        current.add(Span.current().getSpanContext());
        if (username.isEmpty()) {
            throw new IllegalArgumentException("username must not be empty");
        }
        return "secret".equals(password);
    }

    @Override
    public CompletionStage<Profile> profile(String username) {
        return CompletableFuture.completedFuture(new Profile(username, username, Instant.EPOCH));
    }

    @Override
    public Work work(String payload, long millis) {
        return new Work(payload, "traced");
    }

    List<SpanContext> current() {
        return current;
    }
}
