package org.lightbus.faults.apps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lightbus.api.Bus;
import org.lightbus.api.Listener;

/** Listener {@code recorder}: one journal line per delivery, {@code <number> <received at, epoch ms>}. */
@ApplicationScoped
public class Recorder {

    static volatile Journal journal;

    void receive(@Observes @Bus @Listener("recorder") FaultsApi.Numbered event) {
        // written and flushed before the listener returns, so before the broker gets the acknowledgement
        journal.append(event.number() + " " + System.currentTimeMillis());
    }
}
