/**
 * A broker inside the JVM: the transport {@code in-memory} of Lightbus, for tests and development without RabbitMQ.
 *
 * <p>
 * It keeps the bus's semantics: one queue per listener (service and listener name) bound to its event, so every
 * listener gets every event once, instances of one service compete for it, and other services get their own copies;
 * events wait in a queue while no instance listens; a failed event is retried as the listener's retry policy says and
 * then moved to the listener's dead letters, with the same {@linkplain org.lightbus.spi.DeadLetterReason reasons} as on
 * RabbitMQ; calls go to a server of their API, wait for one until their timeout, and run at most the server's
 * concurrency at once; owners share their schemas. What it does not do: it keeps nothing across JVM restarts, and it
 * does not wait out retry backoffs (a retry follows the failed attempt at once; the backoff it skipped is reported).
 *
 * <p>
 * Applications in one JVM share a broker when they share a {@code lightbus.namespace}:
 *
 * <pre>
 * lightbus.transport = in - memory
 * </pre>
 *
 * {@link org.lightbus.memory.InMemoryBroker} lets a test look inside: dead letters, waiting events, and
 * {@link org.lightbus.memory.InMemoryBroker#awaitIdle} until every event published so far has been handled.
 */
package org.lightbus.memory;
