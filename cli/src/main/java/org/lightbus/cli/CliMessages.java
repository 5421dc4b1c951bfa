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
}
