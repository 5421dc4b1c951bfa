package org.lightbus.messaging.invalid;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Takes numbers from a channel on the bus, which delivers events. */
@ApplicationScoped
public class Counter {

    @Incoming("counts")
    void count(Integer count) {
    }
}
