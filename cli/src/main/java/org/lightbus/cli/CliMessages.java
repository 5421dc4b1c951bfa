package org.lightbus.cli;

import org.jboss.logging.Messages;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageBundle;

/**
 * The messages of the {@code lightbus} command, LBUS07000 to LBUS07499: each names what is wrong and how to fix it.
 */
@MessageBundle(projectCode = "LBUS", length = 5)
interface CliMessages {

    CliMessages MESSAGES = Messages.getBundle(CliMessages.class);

    @Message(id = 7000, value = "Cannot read the configuration file %s (%s): check the path given with --config")
    String configFileUnreadable(String file, String reason);

    @Message(id = 7001, value = "The value '%s' of %s (from %s) is not accepted: use %s")
    String invalidSetting(String value, String key, String source, String accepted);

    @Message(id = 7002, value = "Cannot connect to RabbitMQ at %s: %s. Check that the broker runs there, and the host "
            + "and port: --host and --port, or lightbus.rabbitmq.host and lightbus.rabbitmq.port in the --config file, "
            + "or LIGHTBUS_RABBITMQ_HOST and LIGHTBUS_RABBITMQ_PORT")
    String brokerUnreachable(String where, String reason);

    @Message(id = 7003, value = "RabbitMQ at %s refused the login of user %s: check --username and --password "
            + "(lightbus.rabbitmq.username and lightbus.rabbitmq.password), and that the user may use the virtual host "
            + "(--virtual-host)")
    String loginRefused(String where, String username);

    @Message(id = 7004, value = "Queue %s does not exist: check the service and listener names, and --namespace (now %s)")
    String queueNotFound(String queue, String namespace);

    @Message(id = 7005, value = "No exchange of API %s exists (looked for %s): check the API and event names, and "
            + "--namespace (now %s); the exchange exists once an application that fires or listens to the API has "
            + "started")
    String exchangeNotFound(String api, String exchanges, String namespace);

    @Message(id = 7006, value = "Give the listener name, e.g. lightbus dlq list %s <listener>: listing the dead-letter "
            + "queues of a service needs the RabbitMQ management API, which did not answer at %s (%s). Set "
            + "--management-url (lightbus.cli.management-url) if it runs elsewhere")
    String listenerNeeded(String service, String managementUrl, String reason);

    @Message(id = 7007, value = "The RabbitMQ management API at %s refused user %s (HTTP %d): set "
            + "lightbus.cli.management-username and lightbus.cli.management-password, or give the listener name")
    String managementRefused(String managementUrl, String username, int status);

    @Message(id = 7008, value = "Replay from %1$s to %2$s stopped after %3$d dead letter(s) were moved: %4$s. The others "
            + "are still in %1$s; the copies of those not yet confirmed may have reached %2$s too, and may be delivered "
            + "twice. Run the replay again to move the rest")
    String replayStopped(String deadLetterQueue, String queue, long moved, String reason);

    @Message(id = 7009, value = "RabbitMQ returned the copy of message %s as unroutable: queue %s no longer exists")
    String copyReturned(String messageId, String queue);

    @Message(id = 7010, value = "RabbitMQ refused (nacked) or did not confirm within %d s a copy published to %s")
    String copyNotConfirmed(long seconds, String queue);

    @Message(id = 7011, value = "Not purging %s: the purge is not confirmed, and the input is not a terminal to ask "
            + "on. Add --yes to purge without asking")
    String purgeNeedsYes(String queue);

    @Message(id = 7012, value = "Not purging %s: the purge was not confirmed")
    String purgeDeclined(String queue);

    @Message(id = 7013, value = "'%s' is not a field filter: use --field name=value, e.g. --field username=ada")
    String invalidFieldFilter(String filter);

    @Message(id = 7014, value = "RabbitMQ at %s failed to %s: %s")
    String brokerFailed(String where, String operation, String reason);

    @Message(id = 7015, value = "RabbitMQ at %s refused to %s: %s. Check that user %s has the permissions on virtual "
            + "host %s")
    String accessRefused(String where, String operation, String reason, String username, String virtualHost);

    @Message(id = 7016, value = "'%s' is not a valid %s name: use letters, digits, _ and -, with dots between parts")
    String invalidName(String name, String kind);

    @Message(id = 7017, value = "'%s' is not an API name, nor <api>.<event>: use lowercase letters, digits, _ and -, "
            + "with dots between parts, e.g. auth or auth.user_signed_up")
    String invalidTailTarget(String target);

    @Message(id = 7018, value = "Unexpected error: %s")
    String unexpected(String error);

    @Message(id = 7020, value = "Cannot set up TLS with the CA file %s (lightbus.rabbitmq.tls-ca-file): %s")
    String invalidCaFile(String file, String reason);

    @Message(id = 7021, value = "No dead-letter queue of service %s exists (looked for %s.*.dlq through the management "
            + "API): check the service name and --namespace (now %s); the queues exist once the service has started")
    String noDeadLetterQueues(String service, String prefix, String namespace);

    @Message(id = 7022, value = "--limit %d is not accepted: use a number of at least 1")
    String invalidLimit(long limit);

    @Message(id = 7023, value = "Tailing %s stopped: %s")
    String tailStopped(String target, String reason);

    @Message(id = 7024, value = "%s %s is not accepted: use a duration of at least 1 ms, e.g. 5s, 500ms or 1m")
    String invalidDuration(String option, String value);

    @Message(id = 7025, value = "No owner of API %s answered the request for its schema within %s: check the API name "
            + "and --namespace (now %s), and that the application owning the API runs; --wait waits longer")
    String schemaNotAnswered(String api, String waited, String namespace);

    @Message(id = 7026, value = "Give the API names, e.g. lightbus dumpschema auth: listing the APIs needs the "
            + "RabbitMQ management API, which did not answer at %s (%s). Set --management-url "
            + "(lightbus.cli.management-url) if it runs elsewhere")
    String apisNeeded(String managementUrl, String reason);

    @Message(id = 7027, value = "Cannot write the schema of API %s to %s: %s")
    String schemaNotWritten(String api, String file, String reason);

    @Message(id = 7028, value = "'%s' is not <api>.<%2$s>: use lowercase letters, digits, _ and -, with dots between "
            + "parts, e.g. auth.%3$s")
    String invalidMemberTarget(String target, String kind, String example);

    @Message(id = 7029, value = "The %s is not one JSON value: %s")
    String invalidJson(String source, String reason);

    @Message(id = 7030, value = "Cannot read %s: %s")
    String fileUnreadable(String file, String reason);

    @Message(id = 7031, value = "Give the JSON either as an argument or with --file, not both")
    String jsonTwice();

    @Message(id = 7032, value = "Give the JSON, as an argument ('{\"name\":\"value\"}') or with --file")
    String jsonMissing();

    @Message(id = 7033, value = "Cannot check %s: no owner published the schema of API %s (looked for %s within %s). "
            + "Start the application owning the API, check --namespace (now %s), or add --no-validate to send it "
            + "unchecked")
    String noSchemaToValidate(String target, String api, String apis, String waited, String namespace);

    @Message(id = 7034, value = "The schema of API %s has no %s %s (it has: %s): check the name, or add --no-validate "
            + "to send it unchecked")
    String notInSchema(String api, String kind, String name, String known);

    @Message(id = 7035, value = "Nothing was sent: the %s of %s do not match the schema the owner of API %s published "
            + "(%s):%n%s%nFix them, or add --no-validate to send them unchecked")
    String invalidAgainstSchema(String what, String target, String api, String version, String violations);

    @Message(id = 7036, value = "RabbitMQ returned event %s (message %s) as unroutable: no queue is bound to "
            + "exchange %s with routing key %s, so nobody listens to it")
    String eventUnroutable(String target, String messageId, String exchange, String routingKey);

    @Message(id = 7037, value = "RabbitMQ refused (nacked) or did not confirm within %d s event %s (message %s): it "
            + "may or may not have been published")
    String eventNotConfirmed(long seconds, String target, String messageId);

    @Message(id = 7038, value = "The call %s failed on the server: %s %s: %s")
    String remoteError(String target, String code, String type, String message);

    @Message(id = 7039, value = "No reply to call %s within %s: check that an application serving API %s runs (it "
            + "consumes queue %s), or give it longer with --timeout. The call expires unanswered")
    String callTimedOut(String target, String timeout, String api, String queue);

    @Message(id = 7040, value = "Neither exchange %s nor call queue %s exists for %s: check the names and --namespace "
            + "(now %s), or drop --no-validate to find the API through its schema")
    String targetNotFound(String exchanges, String queues, String target, String namespace);

    @Message(id = 7041, value = "No API exchange <namespace>.<api> exists in namespace %s: check --namespace; an API's "
            + "exchange exists once an application that fires or listens to it has started")
    String noApis(String namespace);

    @Message(id = 7042, value = "Could not read the service directory %s: the mark this command appended did not come "
            + "back within %d s. Try again; if it persists, check the stream's state on the broker")
    String directoryNotRead(String stream, long seconds);

    @Message(id = 7043, value = "Nothing is known of %s in namespace %s: no application has recorded it in the service "
            + "directory in the last 7 days, and no API exchange of that name exists. Check the name and --namespace")
    String nothingKnown(String target, String namespace);
}
