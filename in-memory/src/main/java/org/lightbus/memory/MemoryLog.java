package org.lightbus.memory;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/**
 * The log of the in-memory transport, LBUS04500 to LBUS04999.
 */
@MessageLogger(projectCode = "LBUS", length = 5)
interface MemoryLog extends BasicLogger {

    MemoryLog LOG = Logger.getMessageLogger(MemoryLog.class, "org.lightbus.memory");

    @LogMessage(level = Logger.Level.DEBUG)
    @Message(id = 4500, value = "Listener %s failed on attempt %d of event %s (%s: %s); retrying at once (the backoff of %d ms is skipped in memory)")
    void retrying(String listener, int attempt, String messageId, String errorType, String error, long backoffMillis);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 4501, value = "Event %s moved to the dead letters of listener %s after %d attempts, reason %s: %s")
    void deadLettered(String messageId, String listener, int attempts, String reason, String error,
            @Cause Throwable cause);
}
