package org.lightbus.tck.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import org.lightbus.api.EventContext;

/** What the listeners of this application received: one line per call, {@code listener|username|attempt|source}. */
@ApplicationScoped
public class Received {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    void add(String listener, AuthApi.UserSignedUp event, EventContext context) {
        lines.add(listener + "|" + event.username() + "|" + context.attempt() + "|" + context.sourceService());
    }

    List<String> lines() {
        return lines;
    }
}
