/**
 * The bus as a Reactive Messaging connector named {@value org.lightbus.messaging.LightbusConnector#NAME}.
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
 * Internal: the connector is found by Reactive Messaging through its {@code @Connector} qualifier; nothing else here is
 * an API.
 */
package org.lightbus.messaging;
