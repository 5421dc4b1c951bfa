package org.lightbus.connector.rabbitmq;

import java.lang.invoke.MethodHandles;

import org.jboss.logging.Messages;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageBundle;
import org.jboss.logging.annotations.ValidIdRange;

/**
 * The messages of the exceptions the connector throws, each starting with its code ({@code LBUS03xxx}). Turned into
 * exceptions by {@link ConnectorExceptions}. Codes 3000-3499; the log messages of {@link ConnectorLog} use 3500-3999.
 */
@MessageBundle(projectCode = "LBUS", length = 5)
@ValidIdRange(min = 3000, max = 3499)
interface ConnectorMessages {

    ConnectorMessages MESSAGES = Messages.getBundle(MethodHandles.lookup(), ConnectorMessages.class);

    @Message(id = 3001, value = "The value '%s' of %s is not accepted: use %s")
    String invalidValue(String value, String key, String accepted);

    @Message(id = 3002, value = "%s")
    String invalidDuration(String reason);

    @Message(id = 3009, value = "The CA file %s (%s) cannot be used: %s. Point it at a readable PEM file holding the "
            + "certificate of the CA that signed the broker's certificate")
    String invalidCaFile(String file, String key, String reason);

    @Message(id = 3003, value = "Cannot connect to RabbitMQ at %s (virtual host '%s'): %s. Point lightbus.rabbitmq.host "
            + "and lightbus.rabbitmq.port (or rabbitmq-host and rabbitmq-port), or lightbus.rabbitmq.addresses, at a "
            + "running broker")
    String brokerUnreachable(String addresses, String virtualHost, String reason);

    @Message(id = 3004, value = "RabbitMQ at %s refused the login of user '%s'. Set lightbus.rabbitmq.username and "
            + "lightbus.rabbitmq.password (or rabbitmq-username and rabbitmq-password)")
    String loginRefused(String addresses, String username);

    @Message(id = 3008, value = "The TLS handshake with RabbitMQ at %s failed: %s. Trust the CA that signed the broker's "
            + "certificate (lightbus.rabbitmq.tls-ca-file, or the JVM's trust store), and connect with a host name the "
            + "certificate names (or set lightbus.rabbitmq.tls-verify-hostname=false)")
    String tlsRefused(String addresses, String reason);

    @Message(id = 3005, value = "The RabbitMQ transport of service %s is closed")
    String transportClosed(String serviceName);

    @Message(id = 3006, value = "Cannot start listener %s on queue %s: %s. If a queue or exchange of that name exists "
            + "with other arguments (for example another x-queue-type), delete it or set lightbus.rabbitmq.queue-type "
            + "to match")
    String listenerSetupFailed(String listener, String queue, String reason);

    @Message(id = 3007, value = "The message is %d bytes, more than the %d bytes that %s allows (%s for this listener "
            + "alone); it was not decoded")
    String messageTooLarge(long size, long maxSize, String key, String listenerKey);

    @Message(id = 3100, value = "Event %s (message %s) was not published: the connection to RabbitMQ is down and being "
            + "recovered")
    String publishNotConnected(String event, String messageId);

    @Message(id = 3101, value = "RabbitMQ refused event %s (message %s) with a negative confirm")
    String publishNacked(String event, String messageId);

    @Message(id = 3102, value = "RabbitMQ did not confirm event %s (message %s) within %d ms (%s); it may or may not "
            + "have arrived")
    String publishTimedOut(String event, String messageId, long timeoutMillis, String key);

    @Message(id = 3103, value = "RabbitMQ closed the connection or channel before it confirmed event %s (message %s): "
            + "%s; the event may or may not have arrived")
    String publishConnectionLost(String event, String messageId, String reason);

    @Message(id = 3104, value = "Event %s (message %s) could not be sent to RabbitMQ: %s")
    String publishFailed(String event, String messageId, String reason);

    @Message(id = 3105, value = "Event %s (message %s) was not published: the transport is closed")
    String publishOnClosedTransport(String event, String messageId);

    @Message(id = 3106, value = "Event %s (message %s) was not published: RabbitMQ blocks publishing (%s) until its "
            + "resource alarm clears")
    String publishBlocked(String event, String messageId, String reason);

    @Message(id = 3107, value = "Event %s (message %s) was returned by RabbitMQ: nothing routes it to %s (%d %s)")
    String publishReturned(String event, String messageId, String routingKey, int replyCode, String replyText);

    @Message(id = 3108, value = "Event %s (message %s) was not published: %s for longer than %d ms (%s). An event "
            + "sent before the connection was lost may or may not have arrived")
    String publishHeldTooLong(String event, String messageId, String why, long holdMillis, String key);

    @Message(id = 3109, value = "Event %s (message %s) was not published: %d publishes wait for their confirm or for "
            + "the connection (%s), and none was settled within %d ms")
    String publishInFlightFull(String event, String messageId, int maxInFlight, String key, long waitedMillis);

    @Message(value = "the connection to RabbitMQ was down")
    String connectionDown();

    @Message(value = "RabbitMQ blocked publishing (%s)")
    String publishingBlocked(String reason);

    @Message(id = 3200, value = "No reply to %s within %d ms: no process may be serving API '%s', or its servers are too "
            + "busy")
    String callTimedOut(String call, long timeoutMillis, String api);

    @Message(id = 3201, value = "Call to %s (correlation id %s) was not sent: the connection to RabbitMQ is down and being "
            + "recovered")
    String callNotConnected(String call, String correlationId);

    @Message(id = 3202, value = "Call to %s (correlation id %s) could not be sent to RabbitMQ: %s")
    String callSendFailed(String call, String correlationId, String reason);

    @Message(id = 3203, value = "Call to %s was not sent: the transport is closed")
    String callOnClosedTransport(String call);

    @Message(id = 3204, value = "Call to %s (correlation id %s) got no reply: the transport was closed while it waited")
    String callAbandoned(String call, String correlationId);

    @Message(id = 3208, value = "Call to %s (correlation id %s) got no reply: the connection to the broker was lost while "
            + "it waited (%s), and the reply with it. The procedure may or may not have run")
    String callLostWithConnection(String call, String correlationId, String reason);

    @Message(id = 3212, value = "Call to %s was not sent: the application has not reached RabbitMQ at %s yet (trying "
            + "for %d ms, lightbus.rabbitmq.start-mode=wait)")
    String callBeforeConnected(String call, String addresses, long sinceMillis);

    @Message(id = 3209, value = "Call to %s (correlation id %s) was not run: its arguments are %d bytes, more than the %d "
            + "bytes that %s allows on the server")
    String callTooLarge(String call, String correlationId, long size, long maxSize, String key);

    @Message(id = 3205, value = "Call to %s (correlation id %s) was not sent: RabbitMQ refused to declare the call queue "
            + "%s (%s). If a queue of that name exists with other arguments, delete it: call queues are durable classic "
            + "queues")
    String callQueueRefused(String call, String correlationId, String queue, String reason);

    @Message(id = 3206, value = "Cannot serve API %s on queue %s: %s. If a queue of that name exists with other arguments, "
            + "delete it: call queues are durable classic queues")
    String serverSetupFailed(String api, String queue, String reason);

    @Message(id = 3207, value = "Call to %s was not sent: RabbitMQ blocks publishing (%s) until its resource alarm clears")
    String callBlocked(String call, String reason);

    @Message(id = 3010, value = "Cannot share API schemas on exchange %s with queue %s: %s")
    String schemaSharingFailed(String exchange, String queue, String reason);

    /**
     * The code of the error envelope a server replies with when the handler of a call threw or its stage failed with an
     * exception that is not a {@link org.lightbus.api.LightbusException}.
     */
    @Message(id = 3210, value = "Procedure %s failed on the server")
    String procedureFailed(String call);

    @Message(id = 3213, value = "The connection to RabbitMQ at %s is down; Lightbus reconnects by itself")
    String connectionDownAt(String where);

    @Message(id = 3214, value = "RabbitMQ blocks publishing: %s")
    String publishingBlockedNow(String reason);

    @Message(id = 3215, value = "Not connected to RabbitMQ at %s yet (%s); Lightbus keeps trying")
    String notConnectedYet(String where, String lastFailure);
}
