package org.lightbus.cdi.model;

import org.jboss.logging.Messages;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageBundle;
import org.jboss.logging.annotations.ValidIdRange;

/**
 * Definition errors, reported at deployment. Codes LBUS01000–LBUS01999 (see {@code docs/error-codes.md}).
 */
@MessageBundle(projectCode = "LBUS", length = 5)
@ValidIdRange(min = 1000, max = 1999)
public interface DefinitionErrors {

    DefinitionErrors MESSAGES = Messages.getBundle(DefinitionErrors.class);

    @Message(id = 1001, value = "Listener %s observes %s, which is not a @BusEvent. Annotate the record with @BusEvent, or remove @Bus to observe it as a local CDI event")
    String listenerOfNonEvent(String listener, String type);

    @Message(id = 1002, value = "@BusEvent %s is not a record. Declare bus events as Java records")
    String eventNotRecord(String type);

    @Message(id = 1003, value = "@BusEvent %s is not nested in a @BusApi interface and names no API. Nest it in its API interface or set @BusEvent(api = \"...\")")
    String eventWithoutApi(String type);

    @Message(id = 1004, value = "@BusEvent %s says api = \"%s\" but is nested in @BusApi(\"%s\"). Remove the api attribute or make them equal")
    String eventApiMismatch(String type, String declared, String enclosing);

    @Message(id = 1005, value = "@BusEvent %s: component '%s' of type %s cannot be serialized to JSON (%s). Use strings, numbers, booleans, enums, java.time types, UUID, URI, BigDecimal, BigInteger, byte[], records of these, or Optional, List, Set or Map<String, ?> of these")
    String componentNotSerializable(String type, String component, String componentType, String reason);

    @Message(id = 1006, value = "Listener name '%s' is used by both %s and %s. Listener names must be unique in a service: name one of them with @Listener(\"...\")")
    String duplicateListenerName(String name, String first, String second);

    @Message(id = 1007, value = "Invalid %s '%s' on %s: use lowercase letters, digits, '_' and '-', with '.' between parts")
    String invalidBusName(String kind, String name, String where);

    @Message(id = 1008, value = "Listener %s uses @ObservesAsync with @Bus. Bus listeners are called by the broker, not by a local fireAsync(): use @Observes")
    String asyncBusListener(String listener);

    @Message(id = 1009, value = "Invalid listener name '%s' on %s: use letters, digits, '.', '_' and '-'")
    String invalidListenerName(String name, String listener);

    @Message(id = 1010, value = "Listener %s declares %s twice. A listener takes one event parameter and at most one EventContext")
    String duplicateListenerParameter(String listener, String what);

    @Message(id = 1011, value = "%s is not annotated @BusEvent")
    String notAnnotated(String type);

    @Message(id = 1020, value = "@BusApi %s declares several methods named %s. Procedure names must be unique in an API: rename all but one")
    String overloadedProcedure(String api, String method);

    @Message(id = 1021, value = "@BusApi %s: parameter %d of %s has type %s, which cannot be serialized to JSON (%s). Use strings, numbers, booleans, enums, java.time types, UUID, URI, BigDecimal, BigInteger, byte[], records of these, or Optional, List, Set or Map<String, ?> of these")
    String parameterNotSerializable(String api, int position, String method, String type, String reason);

    @Message(id = 1022, value = "@BusApi %s: %s returns %s, which cannot be serialized to JSON (%s). Return void, a JSON-serializable type, or a CompletionStage of one")
    String resultNotSerializable(String api, String method, String type, String reason);

    @Message(id = 1023, value = "@BusApi %s is a class: declare bus APIs as interfaces")
    String apiNotInterface(String api);

    @Message(id = 1024, value = "Beans %s and %s both implement @BusApi %s: an application serves an API with one bean only. Remove @BusApi's interface from one of them or veto it")
    String duplicateServer(String first, String second, String api);

    @Message(id = 1025, value = "@BusApi %s: %s is generic (%s). Procedures cannot declare type variables")
    String genericProcedure(String api, String method, String typeVariables);

    @Message(id = 1027, value = "Invalid listener name '%s' on %s: '%s' ends the names of a listener's retry and dead-letter queues. Choose another last part")
    String reservedListenerName(String name, String listener, String reserved);

    @Message(id = 1028, value = "Bean %s implements @BusApi %s and injects its @Bus client: implementing the interface makes the bean serve the API on the bus, so it would call itself. Do not implement the interface in a bean that forwards to the bus")
    String serverCallsItself(String bean, String api);

    @Message(id = 1029, value = "Listener %s is private. Lightbus calls listeners on the bean's contextual reference, which cannot forward a private method: make it package-private or wider")
    String privateListener(String listener);

    @Message(id = 1030, value = "Bean %s declares bus listeners but restricts its bean types with @Typed to types without its own class. Lightbus looks listener beans up by their class: add %<s to @Typed")
    String listenerBeanTyped(String bean);

    @Message(id = 1031, value = "Lightbus needs CDI 4.0 (Jakarta EE 10) or newer, and this container implements an older CDI (it lacks %s). Supported: Open Liberty with the cdi-4.0 feature, WildFly 27 or newer, Quarkus 3, Weld 5 or newer")
    String cdiTooOld(String missingClass);

    @Message(id = 1032, value = "Lightbus reads its configuration through MicroProfile Config, and %s. Enable the server's MicroProfile Config: on Open Liberty the feature mpConfig-3.1, on WildFly the subsystem microprofile-config-smallrye (standalone-microprofile.xml); Quarkus includes it")
    String noMicroProfileConfig(String what);
}
