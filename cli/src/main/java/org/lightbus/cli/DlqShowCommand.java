package org.lightbus.cli;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lightbus dlq show <service> <listener> [--limit N]}: prints the dead letters of a listener without removing
 * them. They are read with {@code basic.get} without acknowledgement on a channel of their own, which is then closed:
 * the broker puts them all back together ({@link DeadLetters#peek}, which says when their order is kept).
 */
@Command(name = "show", mixinStandardHelpOptions = true, description = {
        "Prints the dead letters of a listener, in queue order, without removing them: message id, event "
                + "(<api>.<event>), reason, attempts, last error, when it failed, and the JSON body.",
        "They are read without acknowledgement on a channel of their own, then that channel is closed and the broker "
                + "puts them all back: a classic queue in their order, a quorum queue (the default) possibly in "
                + "another." })
public final class DlqShowCommand extends BusCommand {

    @Parameters(index = "0", paramLabel = "<service>", description = "The service (lightbus.service-name).")
    String service;

    @Parameters(index = "1", paramLabel = "<listener>", description = "The listener.")
    String listener;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "Show at most N dead letters "
            + "(default: ${DEFAULT-VALUE}).")
    long limit;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        Names.requireListenerName(service, "service");
        Names.requireListenerName(listener, "listener");
        checkLimit(limit);
        BrokerSettings settings = settings();
        String queue = BrokerSettings.deadLetterQueue(settings.listenerQueue(service, listener));
        try (Broker broker = connect(settings)) {
            DeadLetters deadLetters = new DeadLetters(broker);
            long total = deadLetters.count(queue);
            List<DeadLetter> letters = deadLetters.peek(queue, limit);
            if (json) {
                printJson(DeadLetterFormat.json(queue, total, letters));
            } else {
                print(DeadLetterFormat.text(queue, Math.max(total, letters.size()), letters));
            }
            return ExitCodes.OK;
        }
    }
}
