package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.lightbus.spi.WireHeaders;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Delivery;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lightbus call <api>.<procedure> '<json args>'}: calls a procedure as an application would
 * ({@code docs/protocol.md}, RPC: direct reply-to on one channel), once the arguments match the schema the API's owner
 * published, and prints the result.
 */
@Command(name = "call", mixinStandardHelpOptions = true, description = {
        "Calls a remote procedure as an application would: the arguments, a JSON array in parameter order, go to the "
                + "API's call queue <namespace>.<api>.$rpc, and the reply comes back through direct reply-to. Prints "
                + "the result, pretty-printed.",
        "The arguments are first checked against the procedure's parameters in the schema the API's owner publishes "
                + "(see dumpschema): each violation is listed with its JSON path and nothing is sent. A failure on "
                + "the server prints its error code, type and message (exit code 5); no reply within --timeout is "
                + "exit code 6." })
public final class CallCommand extends BusCommand {

    @Parameters(index = "0", paramLabel = "<api>.<procedure>", description = "The procedure, e.g. "
            + "auth.check_password.")
    String target;

    @Parameters(index = "1", arity = "0..1", paramLabel = "<json args>", description = "The arguments as a JSON "
            + "array, e.g. '[\"ada\",\"secret\"]'.")
    String json;

    @Option(names = "--file", paramLabel = "<file>", description = "Read the arguments' JSON from this file.")
    Path file;

    @Option(names = "--timeout", paramLabel = "<duration>", defaultValue = "10s", description = "How long to wait for "
            + "the reply: 10s, 500ms, 1m (default: ${DEFAULT-VALUE}). The call expires in the queue after it.")
    String timeout;

    @Option(names = "--as", paramLabel = "<service>", defaultValue = FireCommand.CLI_SERVICE, description = "The "
            + "service the call comes from (app_id). Default: ${DEFAULT-VALUE}.")
    String as;

    @Option(names = "--no-validate", description = "Send the arguments without checking them against the published "
            + "schema.")
    boolean noValidate;

    @Option(names = "--wait", paramLabel = "<duration>", defaultValue = "5s", description = "How long to wait for the "
            + "owner's schema (default: ${DEFAULT-VALUE}).")
    String wait;

    @Option(names = "--json", description = "Print the reply's body as it came: the result, or the error envelope.")
    boolean jsonOutput;

    @Override
    public Integer call() {
        Duration waiting = Durations.parse("--wait", wait);
        Duration limit = Durations.parse("--timeout", timeout);
        Names.requireListenerName(as, "service");
        MemberTarget procedure = MemberTarget.procedure(target);
        JsonNode arguments = JsonInput.read(json, file);
        BrokerSettings settings = settings();
        String namespace = settings.namespace();
        try (Broker broker = connect(settings)) {
            if (!noValidate) {
                Map<String, JsonNode> schemas = SchemaFetch.fetch(broker, List.of(procedure.api()), waiting, as);
                SchemaCheck.PROCEDURE.check(schemas, List.of(procedure), arguments, Durations.text(waiting), namespace);
            }
            Delivery reply = call(broker, procedure, arguments, limit);
            return print(procedure, reply);
        }
    }

    /**
     * @return the properties and headers of a request as the runtime sets them
     */
    static AMQP.BasicProperties request(MemberTarget procedure, String correlationId, String service, long nowMillis,
            Duration timeout) {
        long timeoutMillis = Math.max(1, timeout.toMillis());
        Map<String, Object> headers = new HashMap<>();
        headers.put(WireHeaders.API, procedure.api());
        headers.put(WireHeaders.PROCEDURE, procedure.name());
        headers.put(WireHeaders.DEADLINE, nowMillis + timeoutMillis);
        return new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(1)
                .correlationId(correlationId).messageId(correlationId).replyTo(DIRECT_REPLY_TO)
                .expiration(Long.toString(Math.min(timeoutMillis, 0xFFFF_FFFFL))).appId(service)
                .type(procedure.toString()).headers(headers).build();
    }

    /** RabbitMQ's direct reply-to pseudo-queue. */
    static final String DIRECT_REPLY_TO = "amq.rabbitmq.reply-to";

    private Delivery call(Broker broker, MemberTarget procedure, JsonNode arguments, Duration limit) {
        String queue = procedure.callQueue(broker.settings().namespace());
        String correlationId = UUID.randomUUID().toString();
        CompletableFuture<Delivery> reply = new CompletableFuture<>();
        Channel channel = broker.channel("open a channel");
        try {
            // as every caller does, so that the call waits for a server that starts within the timeout
            broker.call("declare queue " + queue,
                    () -> channel.queueDeclare(queue, true, false, false, Map.of("x-queue-type", "classic")));
            broker.call("consume " + DIRECT_REPLY_TO,
                    () -> channel.basicConsume(DIRECT_REPLY_TO, true, (tag, delivery) -> {
                        if (correlationId.equals(delivery.getProperties().getCorrelationId())) {
                            reply.complete(delivery);
                        }
                    }, tag -> {
                    }));
            broker.call("publish to queue " + queue, () -> {
                channel.basicPublish("", queue, false,
                        request(procedure, correlationId, as, System.currentTimeMillis(), limit),
                        Json.bytes(arguments));
                return null;
            });
            try {
                return reply.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new CliException(ExitCodes.TIMEOUT,
                        MESSAGES.callTimedOut(procedure.toString(), Durations.text(limit), procedure.api(), queue));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CliException(ExitCodes.TIMEOUT,
                        MESSAGES.callTimedOut(procedure.toString(), Durations.text(limit), procedure.api(), queue));
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        } finally {
            Broker.closeQuietly(channel);
        }
    }

    private int print(MemberTarget procedure, Delivery reply) {
        byte[] body = reply.getBody() == null ? new byte[0] : reply.getBody();
        boolean error = "error".equals(Headers.text(reply.getProperties().getHeaders(), WireHeaders.RPC_STATUS));
        if (jsonOutput) {
            print(new String(body, StandardCharsets.UTF_8) + System.lineSeparator());
        } else if (!error) {
            print(Json.prettyBody(body) + System.lineSeparator());
        }
        if (error) {
            JsonNode envelope = Json.body(body);
            throw new CliException(ExitCodes.REMOTE_ERROR,
                    MESSAGES.remoteError(procedure.toString(), envelope.path("code").asText("(no code)"),
                            envelope.path("type").asText("(no type)"),
                            envelope.path("message").asText("(no message)")));
        }
        return ExitCodes.OK;
    }
}
