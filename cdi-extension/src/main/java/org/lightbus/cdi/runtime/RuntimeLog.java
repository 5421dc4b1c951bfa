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

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 2506, value = "The contract of API %s in this application does not match the schema its owner "
            + "published (%s): %s. Messages that do not fit fail validation or decoding; set %s=true to fail the "
            + "deployment instead")
    void incompatibleContract(String api, String version, String incompatibilities, String strictKey);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 2507, value = "No schema of API %s has been published by its owner yet: the messages of this API are "
            + "checked against this application's own contract meanwhile (set %s=true to refuse them instead)")
    void noPublishedSchema(String api, String strictKey);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 2508, value = "Received the schema of API %s (%s) from its owner; this application's contract is "
            + "compatible with it")
    void schemaReceived(String api, String version);

    @LogMessage(level = Logger.Level.WARN)
    @Message(id = 2509, value = "Ignored a schema published for API %s: %s")
    void invalidSchemaReceived(String api, String reason);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 2510, value = "Lightbus service '%s' started channel %s, listener %s <- %s")
    void channelStarted(String service, String channel, String listener, String event);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 2511, value = "Lightbus service '%s' records traces and metrics of its events and calls with "
            + "OpenTelemetry (%s); %s=false turns that off")
    void telemetryOn(String service, String source, String key);

    @LogMessage(level = Logger.Level.INFO)
    @Message(id = 2512, value = "Lightbus service '%s' records no traces or metrics: %s records nothing, its "
            + "OpenTelemetry SDK is off (with MicroProfile Telemetry, otel.sdk.disabled=false turns it on)")
    void telemetryNoop(String service, String source);
}
