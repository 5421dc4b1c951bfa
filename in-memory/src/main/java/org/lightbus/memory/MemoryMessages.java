package org.lightbus.memory;

import org.jboss.logging.Messages;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageBundle;

/**
 * The messages of the in-memory transport, LBUS04000 to LBUS04499.
 */
@MessageBundle(projectCode = "LBUS", length = 5)
interface MemoryMessages {

    MemoryMessages MESSAGES = Messages.getBundle(MemoryMessages.class);

    @Message(id = 4000, value = "Event %s of %d bytes is larger than listener %s takes (%d bytes): raise %s or %s")
    String eventTooLarge(String event, long size, String listener, long limit, String key, String listenerKey);

    @Message(id = 4001, value = "The call of %s of %d bytes is larger than its server takes (%d bytes): raise %s on the server")
    String callTooLarge(String call, long size, long limit, String key);

    @Message(id = 4002, value = "Procedure %s failed")
    String procedureFailed(String call);

    @Message(id = 4003, value = "No reply to %s within %d ms: no server of API %s took the call in time")
    String callTimedOut(String call, long millis, String api);

    @Message(id = 4004, value = "The in-memory transport of %s is closed")
    String closed(String service);
}
