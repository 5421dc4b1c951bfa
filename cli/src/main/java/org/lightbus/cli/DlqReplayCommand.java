package org.lightbus.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lightbus dlq replay <service> <listener> [--limit N]}: moves dead letters back to the listener's queue, in
 * queue order, so that the listener gets them again as new first attempts ({@link ReplayCopy}). Each copy is published
 * to the default exchange with the listener queue as routing key, with publisher confirms, and its dead letter is
 * acknowledged only once the copy is confirmed: an interrupted replay loses nothing; a dead letter may then be in both
 * queues, and be delivered twice, like any event after a connection loss.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, description = {
        "Moves dead letters back to the listener's queue <namespace>.<service>.<listener>, in queue order, with their "
                + "properties and headers, so that the listener gets them again as first attempts "
                + "(x-lightbus-attempt removed) and counts the replay (x-lightbus-replays).",
        "Each dead letter is removed only once the broker has confirmed its copy: an interrupted replay loses "
                + "nothing, and may at worst leave a copy in both queues (delivered twice)." })
public final class DlqReplayCommand extends BusCommand {

    @Parameters(index = "0", paramLabel = "<service>", description = "The service (lightbus.service-name).")
    String service;

    @Parameters(index = "1", paramLabel = "<listener>", description = "The listener.")
    String listener;

    @Option(names = "--limit", paramLabel = "N", description = "Replay at most N dead letters (default: all).")
    Long limit;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        Names.requireListenerName(service, "service");
        Names.requireListenerName(listener, "listener");
        long most = limit == null ? Long.MAX_VALUE : checkLimit(limit);
        BrokerSettings settings = settings();
        String queue = settings.listenerQueue(service, listener);
        String deadLetterQueue = BrokerSettings.deadLetterQueue(queue);
        try (Broker broker = connect(settings)) {
            long replayed = new DeadLetters(broker).replay(deadLetterQueue, queue, most, context.replayHook());
            if (json) {
                printJson(Json.object().put("from", deadLetterQueue).put("to", queue).put("replayed", replayed));
            } else {
                print("Replayed " + DeadLetterFormat.count(replayed, "dead letter") + " from " + deadLetterQueue
                        + " to " + queue + "\n");
            }
            return ExitCodes.OK;
        }
    }
}
