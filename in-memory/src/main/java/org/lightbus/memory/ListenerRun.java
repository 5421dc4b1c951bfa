package org.lightbus.memory;

import static org.lightbus.memory.MemoryLog.LOG;
import static org.lightbus.memory.MemoryMessages.MESSAGES;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lightbus.api.LightbusConfig;
import org.lightbus.api.LightbusException;
import org.lightbus.spi.DeadLetterReason;
import org.lightbus.spi.DeliveryHandler;
import org.lightbus.spi.ErrorCodes;
import org.lightbus.spi.IncomingEvent;
import org.lightbus.spi.ListenerSpec;
import org.lightbus.spi.NotHandledException;

/**
 * Delivers one event to one listener with the rules every transport applies ({@link DeadLetterReason}): a message
 * larger than the listener takes is dead-lettered unread; a failure is retried as the listener's policy says, at once
 * rather than after the backoff; an undecodable or invalid event, or the last failed attempt, is dead-lettered.
 */
public final class ListenerRun {

    private ListenerRun() {
    }

    /**
     * Runs the event through the listener until it is handled or dead-lettered, on the calling thread.
     *
     * @param spec
     *            the listener
     * @param handler
     *            the runtime's handler of the listener
     * @param event
     *            the event, with the attempt it is delivered for (1 for a new one)
     *
     * @return what became of it
     *
     * @throws NotHandledException
     *             if the handler gave the event back; nothing else it throws escapes
     */
    public static ListenerOutcome deliver(ListenerSpec spec, DeliveryHandler handler, IncomingEvent event) {
        String listener = spec.serviceName() + "." + spec.listenerName();
        if (event.body().length > spec.maxMessageSize()) {
            String message = MESSAGES.eventTooLarge(event.api() + "." + event.eventName(), event.body().length,
                    listener, spec.maxMessageSize(), LightbusConfig.LISTENER_MAX_MESSAGE_SIZE,
                    LightbusConfig.forListener(spec.listenerName(), LightbusConfig.LISTENER_MAX_MESSAGE_SIZE));
            return deadLettered(listener, event, event, List.of(), DeadLetterReason.TOO_LARGE,
                    new LightbusException(ErrorCodes.codeOf(message), message, null));
        }
        List<Duration> backoffs = new ArrayList<>();
        IncomingEvent attempt = event;
        while (true) {
            try {
                handler.handle(attempt);
                return new ListenerOutcome(listener, event, attempt.attempt(), backoffs, Optional.empty(),
                        Optional.empty());
            } catch (NotHandledException e) {
                throw e;
            } catch (Exception | Error e) {
                Optional<DeadLetterReason> immediate = DeadLetterReason.immediate(e);
                if (immediate.isPresent()) {
                    return deadLettered(listener, event, attempt, backoffs, immediate.get(), e);
                }
                if (!spec.retry().allowsRetryAfter(attempt.attempt())) {
                    return deadLettered(listener, event, attempt, backoffs, DeadLetterReason.LISTENER_FAILED, e);
                }
                Duration backoff = spec.retry().backoffAfter(attempt.attempt());
                LOG.retrying(listener, attempt.attempt(), attempt.messageId(), e.getClass().getName(), e.getMessage(),
                        backoff.toMillis());
                backoffs.add(backoff);
                attempt = attempt.withAttempt(attempt.attempt() + 1);
            }
        }
    }

    private static ListenerOutcome deadLettered(String listener, IncomingEvent first, IncomingEvent last,
            List<Duration> backoffs, DeadLetterReason reason, Throwable error) {
        LOG.deadLettered(last.messageId(), listener, last.attempt(), reason.wireName(), error.getMessage(),
                reason == DeadLetterReason.LISTENER_FAILED ? error : null);
        return new ListenerOutcome(listener, first, last.attempt(), backoffs, Optional.of(reason), Optional.of(error));
    }
}
