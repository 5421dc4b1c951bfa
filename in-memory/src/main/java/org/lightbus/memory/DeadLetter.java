package org.lightbus.memory;

import java.time.Instant;

import org.lightbus.spi.DeadLetterReason;
import org.lightbus.spi.IncomingEvent;

/**
 * An event in a listener's dead letters, with what the RabbitMQ connector writes in the headers of a dead letter.
 *
 * @param listener
 *            the listener, {@code <service>.<listener>}
 * @param event
 *            the event as last delivered
 * @param reason
 *            why it was dead-lettered
 * @param attempts
 *            how many attempts were made
 * @param errorType
 *            the class name of the final failure, or null
 * @param errorMessage
 *            the message of the final failure, or null
 * @param failedAt
 *            when it was dead-lettered
 */
public record DeadLetter(String listener, IncomingEvent event, DeadLetterReason reason, int attempts, String errorType,
        String errorMessage, Instant failedAt) {

    static DeadLetter of(ListenerOutcome outcome) {
        return new DeadLetter(outcome.listener(), outcome.event(), outcome.deadLetterReason().orElseThrow(),
                outcome.attempts(), outcome.error().map(e -> e.getClass().getName()).orElse(null),
                outcome.error().map(Throwable::getMessage).orElse(null), Instant.now());
    }
}
