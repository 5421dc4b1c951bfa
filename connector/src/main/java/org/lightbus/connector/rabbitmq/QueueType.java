package org.lightbus.connector.rabbitmq;

import java.util.Locale;

/**
 * The RabbitMQ queue type of listener, retry and dead-letter queues ({@code x-queue-type}).
 */
enum QueueType {

    /** Replicated, the RabbitMQ recommendation for durable queues. */
    QUORUM,

    /** Single node, for brokers without quorum queues. */
    CLASSIC;

    /**
     * @return the value of the {@code x-queue-type} argument
     */
    String argument() {
        return name().toLowerCase(Locale.ROOT);
    }
}
