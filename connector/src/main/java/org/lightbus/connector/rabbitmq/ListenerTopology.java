package org.lightbus.connector.rabbitmq;

/**
 * The broker objects of one listener.
 *
 * @param listenerId
 *            {@code <service>.<listener>}, for logs and the {@link Headers#LISTENER} header
 * @param exchange
 *            the API's topic exchange
 * @param routingKey
 *            the event name the queue is bound with
 * @param queue
 *            {@code <namespace>.<service>.<listener>}
 * @param retryQueue
 *            {@code <queue>.retry}: failed events wait here for their backoff, then flow back to {@code queue}
 * @param deadLetterQueue
 *            {@code <queue>.dlq}: events that failed for good
 */
record ListenerTopology(String listenerId, String exchange, String routingKey, String queue, String retryQueue,
        String deadLetterQueue) {
}
