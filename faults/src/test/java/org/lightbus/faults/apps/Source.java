package org.lightbus.faults.apps;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;
import org.lightbus.api.EventPublisher;

/** Publishes numbered events both ways an application can. */
@ApplicationScoped
public class Source {

    @Inject
    @Bus
    Event<FaultsApi.Numbered> events;

    @Inject
    EventPublisher publisher;

    /** Returns once the broker has confirmed the event; throws if the publish failed. */
    void fire(long number) {
        events.fire(new FaultsApi.Numbered(number));
    }

    /** Completes on the broker's confirm. */
    CompletionStage<Void> publish(long number) {
        return publisher.publish(new FaultsApi.Numbered(number));
    }
}
