package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.lightbus.spi.WireHeaders;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lightbus fire <api>.<event> '<json>'}: publishes an event as an application would ({@code docs/protocol.md},
 * Publishing an event), once it matches the schema the API's owner published; mandatory and with publisher confirms, so
 * that an event nobody listens to is reported.
 */
@Command(name = "fire", mixinStandardHelpOptions = true, description = {
        "Publishes an event as an application would: to exchange <namespace>.<api> (declared as publishers do) with "
                + "the event name as routing "
                + "key, persistent, with the properties and headers of the wire protocol and a new message id, which "
                + "it prints once the broker has confirmed the event.",
        "The JSON is first checked against the event's schema, which the API's owner publishes (see dumpschema): "
                + "each violation is listed with its JSON path and nothing is sent. An event that no queue receives "
                + "(nobody listens to it) is reported with exit code 3." })
public final class FireCommand extends BusCommand {

    /** The default {@code app_id}: the service the event comes from. */
    static final String CLI_SERVICE = "lightbus-cli";

    @Parameters(index = "0", paramLabel = "<api>.<event>", description = "The event, e.g. auth.user_signed_up.")
    String target;

    @Parameters(index = "1", arity = "0..1", paramLabel = "<json>", description = "The event as a JSON object, e.g. "
            + "'{\"username\":\"ada\"}'.")
    String json;

    @Option(names = "--file", paramLabel = "<file>", description = "Read the event's JSON from this file.")
    Path file;

    @Option(names = "--as", paramLabel = "<service>", defaultValue = CLI_SERVICE, description = "The service the event "
            + "comes from (app_id; listeners see it as the source service). Default: ${DEFAULT-VALUE}.")
    String as;

    @Option(names = "--no-validate", description = "Send the JSON without checking it against the published schema.")
    boolean noValidate;

    @Option(names = "--wait", paramLabel = "<duration>", defaultValue = "5s", description = "How long to wait for the "
            + "owner's schema (default: ${DEFAULT-VALUE}).")
    String wait;

    @Option(names = "--json", description = "Print a JSON document (message id, exchange, routing key) instead of the "
            + "message id alone.")
    boolean jsonOutput;

    @Override
    public Integer call() {
        Duration waiting = Durations.parse("--wait", wait);
        Names.requireListenerName(as, "service");
        List<MemberTarget> candidates = MemberTarget.candidates(target, "event", "user_signed_up");
        JsonNode event = JsonInput.read(json, file);
        BrokerSettings settings = settings();
        String namespace = settings.namespace();
        try (Broker broker = connect(settings)) {
            MemberTarget chosen;
            if (noValidate) {
                chosen = candidates.stream().filter(c -> broker.exchangeExists(c.exchange(namespace))).findFirst()
                        .orElseThrow(() -> notFound(candidates, namespace));
            } else {
                Map<String, JsonNode> schemas = SchemaFetch.fetch(broker,
                        candidates.stream().map(MemberTarget::api).toList(), waiting, as);
                chosen = SchemaCheck.EVENT.check(schemas, candidates, event, Durations.text(waiting), namespace);
                declareExchange(broker, chosen.exchange(namespace));
            }
            String messageId = UUID.randomUUID().toString();
            publish(broker, chosen, messageId, event);
            if (jsonOutput) {
                printJson(Json.object().put("messageId", messageId).put("exchange", chosen.exchange(namespace))
                        .put("routingKey", chosen.name()).put("appId", as));
            } else {
                out().println(messageId);
                out().flush();
            }
            return ExitCodes.OK;
        }
    }

    /** As every publisher does ({@code docs/protocol.md}, Exchanges): the owner declares it only once it publishes. */
    private static void declareExchange(Broker broker, String exchange) {
        Channel channel = broker.channel("open a channel");
        try {
            broker.call("declare exchange " + exchange, () -> channel.exchangeDeclare(exchange, "topic", true));
        } finally {
            Broker.closeQuietly(channel);
        }
    }

    private static CliException notFound(List<MemberTarget> candidates, String namespace) {
        return CliException.notFound(MESSAGES.exchangeNotFound(candidates.get(0).toString(),
                candidates.stream().map(c -> c.exchange(namespace)).collect(Collectors.joining(", ")), namespace));
    }

    /**
     * @return the properties and headers of an event as the runtime sets them
     */
    static AMQP.BasicProperties properties(MemberTarget event, String messageId, String service, Instant now) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(WireHeaders.API, event.api());
        headers.put(WireHeaders.EVENT, event.name());
        headers.put(WireHeaders.TIMESTAMP, now.toEpochMilli());
        return new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2).messageId(messageId)
                .appId(service).type(event.api() + "." + event.name()).timestamp(Date.from(now)).headers(headers)
                .build();
    }

    private void publish(Broker broker, MemberTarget event, String messageId, JsonNode body) {
        String exchange = event.exchange(broker.settings().namespace());
        Channel channel = broker.channel("open a channel");
        try {
            AtomicBoolean returned = new AtomicBoolean();
            channel.addReturnListener(r -> returned.set(true));
            broker.call("enable publisher confirms", channel::confirmSelect);
            boolean confirmed = broker.call("publish to exchange " + exchange, () -> {
                channel.basicPublish(exchange, event.name(), true, properties(event, messageId, as, Instant.now()),
                        Json.bytes(body));
                try {
                    return channel.waitForConfirms(Broker.TIMEOUT_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                } catch (TimeoutException e) {
                    return false;
                }
            });
            if (!confirmed) {
                throw CliException.broker(
                        MESSAGES.eventNotConfirmed(Broker.TIMEOUT_MILLIS / 1000, event.toString(), messageId), null);
            }
            if (returned.get()) { // RabbitMQ returns an unroutable message before it confirms it
                throw CliException
                        .notFound(MESSAGES.eventUnroutable(event.toString(), messageId, exchange, event.name()));
            }
        } finally {
            Broker.closeQuietly(channel);
        }
    }

}
