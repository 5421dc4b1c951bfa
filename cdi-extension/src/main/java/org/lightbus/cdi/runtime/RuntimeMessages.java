package org.lightbus.cdi.runtime;

import org.jboss.logging.Messages;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageBundle;
import org.jboss.logging.annotations.ValidIdRange;

/**
 * Errors of the running bus. Codes LBUS02000–LBUS02499 (see {@code docs/error-codes.md}).
 */
@MessageBundle(projectCode = "LBUS", length = 5)
@ValidIdRange(min = 2000, max = 2499)
public interface RuntimeMessages {

    RuntimeMessages MESSAGES = Messages.getBundle(RuntimeMessages.class);

    @Message(id = 2001, value = "No service name is configured. Set %s (in META-INF/microprofile-config.properties, a system property or the environment) to the name of this application on the bus")
    String missingServiceName(String key);

    @Message(id = 2002, value = "Cannot fire %s on the bus: %s")
    String notABusEvent(String type, String reason);

    @Message(id = 2003, value = "No Lightbus connector is on the class path: add org.lightbus:lightbus-connector-rabbitmq to the application")
    String noTransport();

    @Message(id = 2004, value = "Several Lightbus transports of the same priority are on the class path (%s): keep one, or choose one with %s=<name>")
    String severalTransports(String factories, String key);

    @Message(id = 2018, value = "%s=%s names no transport on the class path: the transports present are %s")
    String unknownTransport(String key, String value, String factories);

    @Message(id = 2005, value = "The value '%s' of %s is invalid: %s")
    String invalidConfigValue(String value, String key, String expected);

    @Message(id = 2006, value = "Cannot encode %s as JSON: %s")
    String encodingFailed(String type, String reason);

    @Message(id = 2007, value = "The message is not a valid %s event (%s): %s")
    String undecodableBody(String event, String type, String reason);

    @Message(id = 2008, value = "The message has no %s: every Lightbus event carries it (see docs/protocol.md)")
    String missingMetadata(String what);

    @Message(id = 2009, value = "Publishing %s failed: %s")
    String publishFailed(String event, String reason);

    @Message(id = 2010, value = "Bean %s declares bus listeners or serves a @BusApi but is not an enabled bean of this application (vetoed, or an alternative that is not selected), so Lightbus cannot call it")
    String beanNotAvailable(String bean);

    @Message(id = 2011, value = "Listener %s: a parameter that is neither the event nor the EventContext is injected, and it cannot be: %s. Make exactly one bean match its type and qualifiers (on Quarkus, a bean that nothing else injects is removed as unused: annotate it @io.quarkus.arc.Unremovable)")
    String listenerParameterNotInjectable(String listener, String reason);

    @Message(id = 2012, value = "%d configuration value(s) are invalid, so Lightbus does not start:%s")
    String invalidConfiguration(int count, String problems);

    @Message(id = 2101, value = "Procedure %s threw %s: %s")
    String procedureFailed(String procedure, String type, String message);

    @Message(id = 2102, value = "Invalid arguments for %s: %s")
    String invalidArguments(String procedure, String reason);

    @Message(id = 2103, value = "API %s has no procedure '%s' here; it has %s. Are the caller and this server built against the same version of the API?")
    String unknownProcedure(String api, String procedure, String known);

    @Message(id = 2104, value = "The result of %s cannot be encoded as JSON: %s")
    String resultNotEncodable(String procedure, String reason);

    @Message(id = 2110, value = "Remote call %s failed on the server with %s (%s): %s")
    String remoteCallFailed(String procedure, String remoteCode, String remoteType, String remoteMessage);

    @Message(id = 2111, value = "The reply to %s is not valid: %s")
    String invalidReply(String procedure, String reason);

    @Message(id = 2112, value = "Cannot call %s: %s")
    String callRejected(String procedure, String reason);

    @Message(id = 2113, value = "Remote call %s was not settled by the transport within %d ms; gave up waiting")
    String callUnanswered(String call, long waitedMillis);

    @Message(id = 2013, value = "Cannot fire %s: this application does not own API %s, and only the owner of an API fires "
            + "its events. The application that implements %s owns it; for an API with events only, list it in %s "
            + "of the one application that fires its events")
    String notTheOwner(String event, String api, String apiType, String key);

    @Message(id = 2014, value = "%s does not match the schema of API %s (%s), so it was not sent: %s. Fix the values, or "
            + "turn the check off with %s=false")
    String invalidOutgoing(String what, String api, String schema, String violations, String key);

    @Message(id = 2015, value = "%s does not match the schema of API %s (%s): %s")
    String invalidIncoming(String what, String api, String schema, String violations);

    @Message(id = 2016, value = "The contract of API %s in this application does not match the schema its owner "
            + "published (%s), and %s=true: %s")
    String incompatibleContract(String api, String version, String key, String incompatibilities);

    @Message(id = 2017, value = "Cannot write the schemas to %s: %s")
    String dumpFailed(String directory, String reason);

    @Message(id = 2019, value = "Channel %s is on connector lightbus, and its consumers declare different payloads: %s. "
            + "A channel on the bus delivers one type: give each consumer a channel of its own")
    String channelConsumedAsSeveralTypes(String channel, String consumers);

    @Message(id = 2020, value = "Channel %s is on connector lightbus, but %s takes %s. A channel on the bus delivers the "
            + "@BusEvent record of its event, the event's JSON as a String, or the message body as byte[]: declare one "
            + "of those, or a Message of one of those")
    String channelPayloadNotSupported(String channel, String consumer, String type);

    @Message(id = 2021, value = "Channel %s is on connector lightbus but does not say which event it receives: set %s "
            + "and %s, or let its consumer take the event's @BusEvent record")
    String channelEventMissing(String channel, String apiKey, String eventKey);

    @Message(id = 2022, value = "Channel %s has %s=%s, but %s takes %s, which is event %s: remove the key, or correct it")
    String channelEventMismatch(String channel, String key, String value, String consumer, String record, String event);

    @Message(id = 2023, value = "The value '%s' of %s is not a valid %s: use %s")
    String invalidChannelName(String value, String key, String what, String accepted);

    @Message(id = 2024, value = "Listener name '%s' of channel %s is also the name of %s. Listener names must be unique "
            + "in a service: set %s to another name")
    String channelListenerNameTaken(String name, String channel, String other, String key);

    @Message(id = 2025, value = "Channel %s takes %s, which is not a valid bus event: %s")
    String invalidChannelEvent(String channel, String record, String problems);

    @Message(id = 2026, value = "Channel %s is not an incoming channel on connector lightbus: its configuration has no "
            + "%s=lightbus")
    String notABusChannel(String channel, String key);
}
