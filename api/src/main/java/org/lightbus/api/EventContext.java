package org.lightbus.api;

import java.time.Instant;

/**
 * Metadata of the bus event being delivered to a listener.
 *
 * <p>
 * Declare it as a further parameter of a listener method:
 *
 * <pre>
 * void welcome(&#64;Observes &#64;Bus AuthApi.UserSignedUp e, EventContext ctx) {
 *     log.infof("attempt %d of message %s from %s", ctx.attempt(), ctx.messageId(), ctx.sourceService());
 * }
 * </pre>
 *
 * <p>
 * All values are non-null.
 */
public interface EventContext {

    /**
     * @return the unique id the publisher gave the message; the same on every redelivery and retry
     */
    String messageId();

    /**
     * @return the API name, e.g. {@code auth}
     */
    String api();

    /**
     * @return the event name within the API, e.g. {@code user_signed_up}
     */
    String eventName();

    /**
     * @return the {@link LightbusConfig#SERVICE_NAME service name} of the application that fired the event
     */
    String sourceService();

    /**
     * @return the delivery attempt to this listener, starting at 1 and increased by every retry after a failure
     */
    int attempt();

    /**
     * @return when the event was fired, as stated by the publisher
     */
    Instant timestamp();
}
