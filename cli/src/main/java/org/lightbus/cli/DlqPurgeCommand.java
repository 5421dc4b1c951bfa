package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lightbus dlq purge <service> <listener> [--yes]}: empties a listener's dead-letter queue, for good. It asks
 * for confirmation on the terminal; without a terminal it refuses unless {@code --yes} is given.
 */
@Command(name = "purge", mixinStandardHelpOptions = true, description = {
        "Deletes every dead letter of a listener, for good.",
        "Asks for confirmation first; where the input is not a terminal (a script), it purges only with --yes." })
public final class DlqPurgeCommand extends BusCommand {

    @Parameters(index = "0", paramLabel = "<service>", description = "The service (lightbus.service-name).")
    String service;

    @Parameters(index = "1", paramLabel = "<listener>", description = "The listener.")
    String listener;

    @Option(names = "--yes", description = "Purge without asking.")
    boolean yes;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        Names.requireListenerName(service, "service");
        Names.requireListenerName(listener, "listener");
        BrokerSettings settings = settings();
        String queue = BrokerSettings.deadLetterQueue(settings.listenerQueue(service, listener));
        try (Broker broker = connect(settings)) {
            DeadLetters deadLetters = new DeadLetters(broker);
            long count = deadLetters.count(queue);
            long purged = 0;
            if (count > 0) {
                if (!yes) {
                    confirm(queue, count);
                }
                purged = deadLetters.purge(queue);
            }
            if (json) {
                printJson(Json.object().put("queue", queue).put("purged", purged));
            } else {
                print("Purged " + DeadLetterFormat.count(purged, "dead letter") + " from " + queue + "\n");
            }
            return ExitCodes.OK;
        }
    }

    private void confirm(String queue, long count) {
        Terminal terminal = context.terminal();
        if (!terminal.interactive()) {
            throw CliException.usage(MESSAGES.purgeNeedsYes(queue));
        }
        String answer = terminal.readLine(
                "Delete " + DeadLetterFormat.count(count, "dead letter") + " from " + queue + " for good? [y/N] ");
        String text = answer == null ? "" : answer.trim().toLowerCase(Locale.ROOT);
        if (!text.equals("y") && !text.equals("yes")) {
            throw CliException.usage(MESSAGES.purgeDeclined(queue));
        }
    }
}
