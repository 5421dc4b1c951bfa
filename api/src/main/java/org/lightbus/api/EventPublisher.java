package org.lightbus.api;

import java.util.concurrent.CompletionStage;

/**
 * Publishes bus events without holding a thread while the broker's confirm is outstanding: the high-throughput
 * alternative to {@code @Inject @Bus Event<T>}.
 *
 * <p>
 * {@code Event.fireAsync()} completes on the confirm too, but CDI runs each asynchronous notification on a thread of
 * the container's executor until it returns, so that executor's size bounds how many events are in flight. The stage
 * returned here is completed by the connector when the confirm arrives, so thousands of events can be in flight from
 * one thread.
 *
 * <pre>
 * &#64;Inject
 * EventPublisher publisher;
 *
 * CompletableFuture.allOf(orders.stream().map(o -&gt; publisher.publish(new OrderPlaced(o.id())).toCompletableFuture())
 *         .toArray(CompletableFuture[]::new)).join();
 * </pre>
 */
public interface EventPublisher {

    /**
     * Sends an event to the bus.
     *
     * @param event
     *            a {@link BusEvent} record; not null
     *
     * @return a stage that completes when the broker has confirmed the event; it fails with a {@link PublishException}
     *         if the broker refused it, did not confirm it in time or could not be reached, and with a
     *         {@link LightbusException} if {@code event} is not a valid {@code @BusEvent} or cannot be encoded. This
     *         method itself does not throw for those reasons.
     *
     * @throws NullPointerException
     *             if {@code event} is null
     */
    CompletionStage<Void> publish(Object event);
}
