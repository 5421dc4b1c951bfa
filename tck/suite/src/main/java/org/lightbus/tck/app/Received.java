package org.lightbus.tck.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.lightbus.api.EventContext;

/**
 * What the listeners of this application received: one line per call, {@code listener|username|attempt|source}; in a
 * traced application, also a note of the listener's span ({@link TraceNotes}).
 */
@ApplicationScoped
public class Received {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Inject
    Instance<TraceNotes> notes;

    void add(String listener, AuthApi.UserSignedUp event, EventContext context) {
        notes.forEach(note -> note.note(listener, event.username()));
        lines.add(listener + "|" + event.username() + "|" + context.attempt() + "|" + context.sourceService());
    }

    List<String> lines() {
        return lines;
    }
}
