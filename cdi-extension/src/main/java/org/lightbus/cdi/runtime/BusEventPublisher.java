package org.lightbus.cdi.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import org.lightbus.api.Bus;

/**
 * Sends what the application fires with {@code @Bus} to the broker.
 *
 * <p>
 * {@code fire()} notifies {@link #onFire} in the caller's thread, which returns once the broker has confirmed the
 * event; {@code fireAsync()} notifies {@link #onFireAsync} on the container's asynchronous-observer executor, and the
 * stage it returned completes when that confirm arrives. Many {@code fireAsync()} calls are therefore in flight at
 * once, up to the size of that executor, and their confirms are pipelined on one channel. Both wait at most the
 * configured confirm timeout.
 */
@ApplicationScoped
public class BusEventPublisher {

    @Inject
    BusConnection bus;

    void onFire(@Observes @Bus Object event) {
        bus.publishAndWait(event);
    }

    void onFireAsync(@ObservesAsync @Bus Object event) {
        bus.publishAndWait(event);
    }
}
