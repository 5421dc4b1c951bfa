package org.lightbus.tck.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;

/** The {@code broken} role: a bus listener of a type that is not a bus event, a definition error. */
@ApplicationScoped
public class BrokenListener {

    /** Not annotated {@code @BusEvent}. */
    public record NotAnEvent(String id) {
    }

    void on(@Observes @Bus NotAnEvent event) {
    }
}
