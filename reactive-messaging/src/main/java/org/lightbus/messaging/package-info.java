/**
 * The bus as a Reactive Messaging connector named {@value org.lightbus.messaging.LightbusConnector#NAME}.
 *
 * <p>
 * An incoming channel on the connector is a listener of the application's service, like an {@code @Observes @Bus}
 * method: its queue is {@code <namespace>.<service>.<listener>}, instances of the application compete for its events,
 * and other services get their own copies. The channel's consumer declares what it takes: the event's {@code @BusEvent}
 * record (decoded and checked against the API's schema; the record names the API and event), the JSON as a
 * {@code String}, or the body as a {@code byte[]} (the channel's {@code api} and {@code event} attributes name them).
 * The channel delivers one event at a time and waits for its acknowledgement: {@code ack()} acknowledges the event,
 * {@code nack(e)} fails it, so that it is retried and then dead-lettered with the same headers as for a failing
 * listener method (the listener's {@code lightbus.listener.<listener>.*} settings apply). Each message's metadata holds
 * the {@link org.lightbus.api.EventContext}.
 *
 * <pre>
 * mp.messaging.incoming.welcome.connector=lightbus
 *
 * &#64;Incoming("welcome")
 * void welcome(AuthApi.UserSignedUp signup) { ... }  // acked when it returns, nacked when it throws
 * </pre>
 *
 * <p>
 * An outgoing channel on the connector publishes each payload as a bus event, exactly as
 * {@link org.lightbus.api.EventPublisher} does: the payload's {@code @BusEvent} type decides its API and event name, it
 * is checked against the API's schema, only the API's owner may send it, and the message is acknowledged once the
 * broker has confirmed the event, or negatively acknowledged with the failure.
 *
 * <pre>
 * mp.messaging.outgoing.signups.connector=lightbus
 *
 * &#64;Inject
 * &#64;Channel("signups")
 * Emitter&lt;AuthApi.UserSignedUp&gt; signups;
 *
 * signups.send(new AuthApi.UserSignedUp("ada", "ada@example.com", avatar)); // completes on the broker's confirm
 * </pre>
 *
 * The attributes are listed in {@code docs/configuration.md}. Internal: the connector is found by Reactive Messaging
 * through its {@code @Connector} qualifier; nothing else here is an API.
 */
package org.lightbus.messaging;
