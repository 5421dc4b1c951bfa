package org.lightbus.cdi.runtime;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;
import org.jboss.logging.annotations.ValidIdRange;

/**
 * Log messages of the running bus. Codes LBUS02500–LBUS02999.
 */
@MessageLogger(projectCode = "LBUS", length = 5)
@ValidIdRange(min = 2500, max = 2999)
public interface RuntimeLog extends BasicLogger {

    RuntimeLog LOG = Logger.getMessageLogger(RuntimeLog.class, "org.lightbus");

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 2501, value = "Lightbus service '%s' connected; %d listener(s) and server(s) started: %s")
    void started(String service, int count, String listeners);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 2502, value = "Procedure %s threw %s: %s; the caller gets an error reply")
    void procedureFailed(String procedure, String type, String message, @Cause Throwable cause);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 2503, value = "Lightbus service '%s' stopped %d listener(s) and server(s)")
    void stopped(String service, int count);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 2504, value = "The configuration key %s is not one that Lightbus reads, so it has no effect: did you mean %s?")
    void unknownKey(String key, String closest);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 2505, value = "The configuration key %s is not one that Lightbus reads, so it has no effect (docs/configuration.md lists the keys)")
    void unknownKeyWithoutSuggestion(String key);

}
