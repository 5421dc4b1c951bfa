package org.lightbus.connector.rabbitmq;

import java.lang.invoke.MethodHandles;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

/**
 * The log messages of the connector, codes 3500-3999. Never logs credentials or message bodies.
 */
@MessageLogger(projectCode = "LBUS", length = 5)
@ValidIdRange(min = 3500, max = 3999)
interface ConnectorLog extends BasicLogger {

    ConnectorLog LOG = Logger.getMessageLogger(MethodHandles.lookup(), ConnectorLog.class,
            "org.lightbus.connector.rabbitmq");

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3500, value = "Connected to %s at %s:%d, virtual host '%s', as %s")
    void connected(String broker, String host, int port, String virtualHost, String connectionName);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3501, value = "Connection %s to RabbitMQ lost (%s); reconnecting every %d ms")
    void connectionLost(String connectionName, String reason, long intervalMillis);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3502, value = "Connection %s to RabbitMQ recovered; listeners and servers resumed")
    void connectionRecovered(String connectionName);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3503, value = "RabbitMQ blocked connection %s (%s); publishes fail until it unblocks it")
    void connectionBlocked(String connectionName, String reason);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3504, value = "RabbitMQ unblocked connection %s")
    void connectionUnblocked(String connectionName);

    /** Debug: an event that ends in the dead-letter queue gets one warning, {@link #listenerDeadLettered}. */
    @LogMessage(level = Logger.Level.DEBUG)
    @Message(id = 3505, value = "Listener %s failed on attempt %d of message %s (%s: %s); retrying in %d ms")
    void listenerRetrying(String listener, int attempt, String messageId, String errorType, String errorMessage,
            long backoffMillis);

    /** One line; the stack trace follows at debug level ({@link #listenerFailureTrace}). */
    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3506, value = "Listener %s failed on attempt %d of message %s, the last allowed (%s: %s); moved it to %s")
    void listenerDeadLettered(String listener, int attempt, String messageId, String errorType, String errorMessage,
            String deadLetterQueue);

    @LogMessage(level = Logger.Level.DEBUG)
    @Message(id = 3529, value = "The failure of listener %s on message %s")
    void listenerFailureTrace(String listener, String messageId, @Cause Throwable error);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3507, value = "Listener %s could not decode message %s (%s); moved it to %s")
    void undecodable(String listener, String messageId, String reason, String deadLetterQueue);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3530, value = "Listener %s got message %s of %d bytes, more than its limit of %d bytes; moved it to %s "
            + "without decoding it")
    void messageTooLarge(String listener, String messageId, long size, long maxSize, String deadLetterQueue);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3531, value = "Refused call %s (correlation id %s) from %s without running it: %d bytes, more than the "
            + "limit of %d bytes; replied with error %s")
    void callTooLarge(String call, String correlationId, String source, long size, long maxSize, String code);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 3508, value = "Could not move message %s of listener %s to %s (%s); returned it to the listener queue "
            + "for redelivery")
    void failureRoutingFailed(String messageId, String listener, String target, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3509, value = "RabbitMQ cancelled the consumer of %s (was queue %s deleted?); declaring its queues "
            + "again and consuming again")
    void consumerCancelled(String owner, String queue);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3510, value = "Closing the transport with %d events still unconfirmed after %d ms; they fail with a "
            + "PublishException")
    void closingWithUnconfirmed(int count, long waitedMillis);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3511, value = "RabbitMQ closed the publishing channel (%s); opening a new one")
    void publisherChannelClosed(String reason);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 3512, value = "Could not reopen the publishing channel (%s); publishes fail until the connection "
            + "recovers")
    void publisherReopenFailed(String reason);

    @LogMessage(level = Logger.Level.DEBUG)
    @Message(id = 3513, value = "Could not settle message %s of listener %s (%s); RabbitMQ redelivers it")
    void settleFailed(String messageId, String listener, String reason);

    @LogMessage(level = Logger.Level.DEBUG)
    @Message(id = 3514, value = "Dropped a reply with correlation id %s: no call waits for it (it timed out, or was sent "
            + "before a reconnection)")
    void replyDropped(String correlationId);

    @LogMessage(level = Logger.Level.DEBUG)
    @Message(id = 3515, value = "Dropped call %s (correlation id %s) from %s without running it: its deadline passed %d ms "
            + "ago")
    void expiredCallDropped(String call, String correlationId, String source, long overdueMillis);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3516, value = "Dropped call %s (correlation id %s) from %s without running it: it has no reply_to "
            + "address")
    void callWithoutReplyTo(String call, String correlationId, String source);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3517, value = "Procedure %s (correlation id %s) failed (%s: %s); replied with error %s")
    void procedureFailed(String call, String correlationId, String errorType, String errorMessage, String code,
            @Cause Throwable error);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3518, value = "Could not send the reply to call %s (correlation id %s): %s; the caller gets no "
            + "reply from this server")
    void replyFailed(String call, String correlationId, String reason);

    @LogMessage(level = Logger.Level.DEBUG)
    @Message(id = 3519, value = "Could not acknowledge call %s (correlation id %s): %s; RabbitMQ delivers it again unless "
            + "it has expired")
    void callAckFailed(String call, String correlationId, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3520, value = "Stopped serving API %s with %d calls still running after %d ms (%s); their replies may "
            + "be lost, and RabbitMQ delivers them to another server unless they have expired")
    void drainTimedOut(String api, int running, long drainMillis, String key);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3522, value = "RabbitMQ closed the channel of %s on queue %s (%s); opening a new one")
    void consumerChannelClosed(String owner, String queue, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3523, value = "Could not reopen the channel of %s on queue %s (%s); trying again in %d ms")
    void consumerChannelReopenFailed(String owner, String queue, String reason, long retryMillis);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3524, value = "Reopened the channel of %s on queue %s; it consumes again")
    void consumerChannelReopened(String owner, String queue);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 3525, value = "Listener %s failed unexpectedly on message %s; returned it to the queue for redelivery")
    void deliveryFailed(String listener, String messageId, @Cause Throwable error);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 3526, value = "The server of API %s failed unexpectedly on a call from queue %s; dropped the call, its "
            + "caller times out")
    void callFailed(String api, String queue, @Cause Throwable error);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 3527, value = "RabbitMQ returned the copy of message %s of listener %s: queue %s does not exist (was it "
            + "deleted?); declared the listener's queues again (%s) and returned the message to the listener queue for "
            + "redelivery")
    void copyReturned(String messageId, String listener, String target, String redeclared);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3528, value = "%s is not RabbitMQ: connection %s runs in compatibility mode. Queues are declared "
            + "without arguments (lightbus.rabbitmq.queue-type does not apply), a failed event waits out its retry "
            + "backoff unacknowledged in its listener instead of in a retry queue, and RPC replies come to queue %s "
            + "instead of direct reply-to")
    void compatibilityMode(String broker, String connectionName, String replyQueue);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3535, value = "Listener %s: a handler still runs %d ms after the listener was asked to stop; closing "
            + "its channel, so its event goes back to the queue")
    void handlerStillRunning(String listener, long waitedMillis);

    @LogMessage(level = Logger.Level.ERROR)
    @Message(id = 3536, value = "Could not start the %s once connected: %s")
    void deferredStartFailed(String what, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3532, value = "Service %s started without the broker: %s. It connects in the background, trying every "
            + "%d ms, then starts its listeners and servers; event publishes are held up to %d ms meanwhile, calls fail "
            + "(lightbus.rabbitmq.start-mode=fail makes the start fail instead)")
    void startedWithoutBroker(String service, String reason, long intervalMillis, long holdMillis);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3533, value = "Service %s still cannot connect: %s")
    void stillWithoutBroker(String service, String reason);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 3534, value = "Service %s connected %d ms after it started; starting %d listeners and servers, sending "
            + "%d held events")
    void connectedAfterStart(String service, long afterMillis, int started, int events);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3537, value = "Could not %s API schemas on exchange %s: %s")
    void schemaSharingFailed(String what, String exchange, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3539, value = "Could not %s the description of this instance of %s: %s")
    void describeFailed(String what, String service, String reason);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 3538, value = "Listener %s: message %s does not match the schema of its API (%s); moved it to %s")
    void invalid(String listener, String messageId, String reason, String deadLetterQueue);
}
