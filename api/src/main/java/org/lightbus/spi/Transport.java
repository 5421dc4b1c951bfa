package org.lightbus.spi;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * A connection of one application to the broker, as the Lightbus runtime uses it.
 *
 * <p>
 * Implementations are thread-safe: {@link #publish} is called from many threads at once. They keep the connection alive
 * by themselves (reconnecting, redeclaring topology and resuming listeners after a connection loss).
 */
public interface Transport extends AutoCloseable {

    /**
     * Sends an event to its API's exchange.
     *
     * <p>
     * Must not block on the broker: many publishes are in flight at once and their confirms arrive asynchronously. It
     * may wait for room when {@link org.lightbus.api.LightbusConfig#PUBLISH_MAX_IN_FLIGHT} publishes are unsettled
     * (back-pressure), at most {@link org.lightbus.api.LightbusConfig#PUBLISH_CONFIRM_TIMEOUT}. While the broker cannot
     * be reached the event is held, for at most {@link org.lightbus.api.LightbusConfig#PUBLISH_OUTAGE_HOLD}, and sent
     * with the same message id once it can.
     *
     * @param event
     *            the event; not null
     *
     * @return a stage that completes when the broker has confirmed the event, and fails with a
     *         {@link org.lightbus.api.PublishException} when it refused it, did not confirm it in the configured time,
     *         or could not be reached within the hold time
     */
    CompletionStage<Void> publish(OutgoingEvent event);

    /**
     * @return the longest a stage returned by {@link #publish} takes to complete or fail, counted from the call (with
     *         the connector's own settings: waiting for room, held through an outage, waiting for the confirm); a
     *         caller that waits for it synchronously gives up only after this
     */
    Duration publishBound();

    /**
     * Declares the topology of a listener (its queue, bound to the event's exchange, with its retry and dead-letter
     * queues) and starts delivering events to it.
     *
     * <p>
     * The handler is acknowledged when it returns normally. When it throws, the event is retried after the backoff of
     * {@link ListenerSpec#retry()}, or moved to the dead-letter queue with the error once the attempts are used up.
     * When it throws {@link UndecodableEventException}, the event goes to the dead-letter queue at once, and so does,
     * without calling the handler, a message whose body is larger than {@link ListenerSpec#maxMessageSize()}. When it
     * throws {@link NotHandledException}, the event goes back to the queue unchanged.
     *
     * @param spec
     *            what to listen to; not null
     * @param handler
     *            called once per delivery, never concurrently for one listener; not null
     *
     * @return a handle that stops the delivery
     *
     * @throws org.lightbus.api.LightbusException
     *             if the topology cannot be declared (e.g. a queue of that name exists with other arguments)
     */
    ListenerHandle listen(ListenerSpec spec, DeliveryHandler handler);

    /**
     * Calls a remote procedure: sends the request to the API's call queue with a correlation id, a reply address and an
     * expiration of {@link RpcRequest#timeout()}, and waits for the reply without blocking a thread. Many calls may be
     * in flight at once, from any threads.
     *
     * @param request
     *            the call; not null
     *
     * @return a stage completing with the reply (which may be an {@linkplain RpcReply#error() error reply}), or failing
     *         with an {@link org.lightbus.api.RpcTimeoutException} when no reply came in time, or a
     *         {@link org.lightbus.api.LightbusException} when the request could not be sent
     */
    CompletionStage<RpcReply> call(RpcRequest request);

    /**
     * Declares the API's call queue and serves its calls: up to {@link RpcServerSpec#concurrency()} at once, each
     * acknowledged after its reply is sent. A call whose expiration has passed is dropped without calling the handler;
     * a call whose body is larger than {@link RpcServerSpec#maxMessageSize()} gets an error reply without calling it.
     * Closing the handle stops taking calls and waits up to {@link RpcServerSpec#drainTimeout()} for the running ones.
     *
     * @param spec
     *            what to serve; not null
     * @param handler
     *            runs one call; not null
     *
     * @return a handle that stops serving
     *
     * @throws org.lightbus.api.LightbusException
     *             if the call queue cannot be declared
     */
    ListenerHandle serve(RpcServerSpec spec, CallHandler handler);

    /**
     * Shares API schemas with the other applications on the bus. Publishes the schemas of the APIs this application
     * owns, now, whenever another application asks for them, and again after a connection loss; asks the owners of the
     * wanted APIs for theirs, now and after a connection loss, and hands every schema published for a wanted API to the
     * handler, also later ones (an owner that starts again with a new contract). Sharing is best effort: an owner that
     * is not running publishes nothing, and the schemas are not kept on the broker.
     *
     * @param owned
     *            the schema document of each API this application owns, by API name; not null, may be empty
     * @param wanted
     *            the APIs whose schemas this application needs; not null, may be empty
     * @param handler
     *            receives the schemas of the wanted APIs; not null
     *
     * @return a handle that stops sharing
     *
     * @throws org.lightbus.api.LightbusException
     *             if the broker refuses the declarations
     */
    ListenerHandle shareSchemas(Map<String, byte[]> owned, Set<String> wanted, SchemaHandler handler);

    /**
     * Makes this application instance known to the operators' tools ({@code docs/protocol.md}, "Service directory"):
     * records its {@link ServiceDescriber.Moment#STARTED started} description in the namespace's directory now, answers
     * every description request with a {@link ServiceDescriber.Moment#RUNNING running} one, and records a
     * {@link ServiceDescriber.Moment#STOPPED stopped} one when the announcement is closed. Best effort: a description
     * that cannot be sent is logged and skipped, and nothing here slows down or fails the application. Transports
     * without a directory (the in-memory one) return {@link Announcement#NONE}.
     *
     * @param describer
     *            describes the instance; not null
     *
     * @return the announcement, which records a change and, when closed, the stop
     */
    Announcement announce(ServiceDescriber describer);

    /**
     * Tells how the connection and the consumers are now, for the application's health checks. Cheap, without waiting
     * for the broker: called on every health probe. Transports that cannot tell return
     * {@link TransportHealth#unreported()}.
     *
     * @return the state of the connection and of each listener and server
     */
    default TransportHealth health() {
        return TransportHealth.unreported();
    }

    /**
     * Finds a transport of a given type in a chain of decorating transports (the runtime wraps the configured one, e.g.
     * to trace it), as the test kit finds its own. A decorating transport returns itself if it is of the type, else
     * what its delegate returns.
     *
     * @param type
     *            the transport type looked for; not null
     *
     * @return this transport if it is of the type, else empty
     */
    default <T extends Transport> Optional<T> unwrap(Class<T> type) {
        return type.isInstance(this) ? Optional.of(type.cast(this)) : Optional.empty();
    }

    /**
     * Stops all listeners and servers (letting a handler that runs finish), waits for outstanding confirms up to the
     * confirm timeout and closes the connection. Idempotent.
     */
    @Override
    void close();
}
