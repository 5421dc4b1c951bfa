package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.AMQP;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lightbus inspect <api>[.<event>]}: why a service does or does not receive an event. It reads the service
 * directory ({@link ServiceDirectory}), asks the running instances for their state, loads the API's published schema,
 * looks up every listener's queue and dead-letter queue, and prints an {@link Inspection} with a verdict per listener.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true, description = {
        "Answers \"why isn't B receiving X\": who publishes the events of an API, which services listen (listener "
                + "names, queues), the consumers and the messages waiting in each queue, the dead letters, the last "
                + "publish and delivery seen, and a verdict for each listener.",
        "It reads what the applications record in the service directory (<namespace>.$directory) and asks the running "
                + "instances for their state; it changes nothing but appending a mark to the directory to find its "
                + "end." })
public final class InspectCommand extends BusCommand {

    /** How many dead letters are read at most to find the last error. */
    static final int DEAD_LETTERS_READ = 1_000;

    @Parameters(index = "0", paramLabel = "<api>[.<event>]", description = "An API (auth), or one event of an API "
            + "(auth.user_signed_up).")
    String target;

    @Option(names = "--wait", paramLabel = "<duration>", defaultValue = "2s", description = "How long to wait for the "
            + "running instances and the API's owner to answer (default: ${DEFAULT-VALUE}).")
    String wait;

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    @Override
    public Integer call() {
        Duration waiting = Durations.parse("--wait", wait);
        List<TailTarget> candidates = TailTarget.candidates(target);
        BrokerSettings settings = settings();
        try (Broker broker = connect(settings)) {
            Map<String, Description> records = ServiceDirectory.records(broker, "lightbus-cli");
            TailTarget chosen = choose(broker, candidates, records);
            Map<String, Description> answers = ServiceDirectory.ask(broker, ServiceDirectory.startedInstances(records),
                    waiting, "lightbus-cli");
            JsonNode schema = SchemaFetch.fetch(broker, List.of(chosen.api()), waiting, "lightbus-cli")
                    .get(chosen.api());
            List<String> schemaEvents = schema == null ? null : names(schema.path("events"));
            QueueLookup queues = new QueueLookup(broker, new ManagementApi(settings));
            String exchange = chosen.exchange(settings.namespace());
            Inspection.Report report = Inspection.inspect(chosen.api(), chosen.event(), records.values(), answers,
                    schemaEvents, (service, listener) -> queues.facts(settings.listenerQueue(service, listener),
                            exchange, chosen.event()));
            if (json) {
                printJson(InspectionFormat.json(settings.namespace(), report));
            } else {
                print(InspectionFormat.text(settings.namespace(), report));
            }
            return ExitCodes.OK;
        }
    }

    /**
     * @return the first candidate whose API an application has recorded, else the first whose exchange exists
     */
    private TailTarget choose(Broker broker, List<TailTarget> candidates, Map<String, Description> records) {
        for (TailTarget candidate : candidates) {
            if (records.values().stream().anyMatch(record -> record.concerns(candidate.api()))) {
                return candidate;
            }
        }
        for (TailTarget candidate : candidates) {
            if (broker.exchangeExists(candidate.exchange(broker.settings().namespace()))) {
                return candidate;
            }
        }
        throw CliException.notFound(MESSAGES.nothingKnown(target, broker.settings().namespace()));
    }

    /**
     * Looks up a listener's queues: through AMQP, and through the management API for what only it tells (the
     * unacknowledged messages, the bindings) as long as it answers.
     */
    private static final class QueueLookup {
        private final Broker broker;
        private ManagementApi management;

        QueueLookup(Broker broker, ManagementApi management) {
            this.broker = broker;
            this.management = management;
        }

        Inspection.QueueFacts facts(String queue, String exchange, String event) {
            String deadLetterQueue = BrokerSettings.deadLetterQueue(queue);
            AMQP.Queue.DeclareOk state = broker.queueState(queue);
            AMQP.Queue.DeclareOk dead = broker.queueState(deadLetterQueue);
            long deadLetters = dead == null ? 0 : dead.getMessageCount();
            DeadLetter last = null;
            if (deadLetters > 0) {
                // a quorum queue may give them back in another order: the last is the one that failed last
                last = new DeadLetters(broker).peek(deadLetterQueue, DEAD_LETTERS_READ).stream()
                        .filter(letter -> letter.failedAt() != null).max(Comparator.comparing(DeadLetter::failedAt))
                        .orElse(null);
            }
            Long unacknowledged = null;
            Boolean bound = null;
            if (state != null && management != null) {
                try {
                    JsonNode details = management.queue(queue);
                    if (details != null && details.path("messages_unacknowledged").isNumber()) {
                        unacknowledged = details.path("messages_unacknowledged").asLong();
                    }
                    if (event != null) {
                        bound = management.routingKeys(exchange, queue).contains(event);
                    }
                } catch (ManagementApi.Unavailable e) {
                    management = null; // AMQP tells the rest
                }
            }
            return new Inspection.QueueFacts(queue, state != null, state == null ? 0 : state.getMessageCount(),
                    state == null ? 0 : state.getConsumerCount(), unacknowledged, bound, deadLetterQueue, deadLetters,
                    last);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
