package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lightbus dlq list <service> [<listener>]}: how many dead letters each listener of a service has. A listener's
 * dead-letter queue is {@code <namespace>.<service>.<listener>.dlq}; AMQP counts the messages of a queue it is given,
 * but cannot list queues, so without a listener the command asks the RabbitMQ management API for the service's
 * dead-letter queues, and says that the listener name is needed when that API does not answer.
 */
@Command(name = "list", mixinStandardHelpOptions = true, description = {
        "Shows how many dead letters each listener of a service has: its dead-letter queue is "
                + "<namespace>.<service>.<listener>.dlq.",
        "Without <listener>, the service's dead-letter queues are found through the RabbitMQ management API "
                + "(--management-url); plain AMQP cannot list queues, so when that API does not answer, give the "
                + "listener." })
public final class DlqListCommand extends BusCommand {

    @Parameters(index = "0", paramLabel = "<service>", description = "The service (lightbus.service-name).")
    String service;

    @Parameters(index = "1", arity = "0..1", paramLabel = "<listener>", description = "One listener of the service.")
    String listener;

    @Option(names = "--json", description = "Print one JSON document instead of a table.")
    boolean json;

    private record Row(String listener, String queue, long deadLetters) {
    }

    @Override
    public Integer call() {
        Names.requireListenerName(service, "service");
        if (listener != null) {
            Names.requireListenerName(listener, "listener");
        }
        BrokerSettings settings = settings();
        try (Broker broker = connect(settings)) {
            DeadLetters deadLetters = new DeadLetters(broker);
            List<Row> rows = new ArrayList<>();
            if (listener != null) {
                String queue = BrokerSettings.deadLetterQueue(settings.listenerQueue(service, listener));
                rows.add(new Row(listener, queue, deadLetters.count(queue)));
            } else {
                for (String name : listeners(settings)) {
                    String queue = BrokerSettings.deadLetterQueue(settings.listenerQueue(service, name));
                    try {
                        rows.add(new Row(name, queue, deadLetters.count(queue)));
                    } catch (CliException e) {
                        if (e.exitCode() != ExitCodes.NOT_FOUND) {
                            throw e;
                        } // deleted since it was listed
                    }
                }
            }
            if (json) {
                printJson(json(settings, rows));
            } else {
                print(table(rows));
            }
            return ExitCodes.OK;
        }
    }

    private List<String> listeners(BrokerSettings settings) {
        List<String> queues;
        try {
            queues = new ManagementApi(settings).queueNames();
        } catch (ManagementApi.Unavailable e) {
            throw CliException
                    .usage(MESSAGES.listenerNeeded(service, settings.managementUrl().toString(), e.getMessage()));
        }
        List<String> listeners = ManagementApi.listenersOf(queues, settings.namespace(), service);
        if (listeners.isEmpty()) {
            throw CliException.notFound(
                    MESSAGES.noDeadLetterQueues(service, settings.namespace() + "." + service, settings.namespace()));
        }
        return listeners;
    }

    private ObjectNode json(BrokerSettings settings, List<Row> rows) {
        ObjectNode document = Json.object();
        document.put("namespace", settings.namespace());
        document.put("service", service);
        ArrayNode listeners = document.putArray("listeners");
        for (Row row : rows) {
            listeners.addObject().put("listener", row.listener()).put("deadLetterQueue", row.queue()).put("deadLetters",
                    row.deadLetters());
        }
        return document;
    }

    private static String table(List<Row> rows) {
        int width = "LISTENER".length();
        for (Row row : rows) {
            width = Math.max(width, row.listener().length());
        }
        StringBuilder out = new StringBuilder();
        String format = "%-" + width + "s  %12s  %s%n";
        out.append(String.format(format, "LISTENER", "DEAD LETTERS", "QUEUE"));
        for (Row row : rows) {
            out.append(String.format(format, row.listener(), row.deadLetters(), row.queue()));
        }
        return out.toString();
    }
}
