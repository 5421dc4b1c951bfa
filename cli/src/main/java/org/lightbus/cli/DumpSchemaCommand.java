package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lightbus dumpschema [<api>...] [--out
 *
<dir>
 * ]}: the schema documents the owners of APIs publish ({@link SchemaFetch}), printed or written to {@code
 *
<dir>
 * /<api>.schema.json}.
 */
@Command(name = "dumpschema", mixinStandardHelpOptions = true, description = {
        "Asks the owners of APIs for the schemas they publish (the contract of each event and procedure, "
                + "docs/contracts.md) and prints them, pretty-printed, or writes each to <dir>/<api>.schema.json.",
        "An API whose owner does not answer within --wait is reported; the exit code is 3 when none answered. "
                + "Without <api>, the APIs are the topic exchanges <namespace>.<api>, listed through the RabbitMQ "
                + "management API (--management-url); when it does not answer, name the APIs." })
public final class DumpSchemaCommand extends BusCommand {

    @Parameters(arity = "0..*", paramLabel = "<api>", description = "The APIs, e.g. auth acme.billing.")
    List<String> apis;

    @Option(names = "--out", paramLabel = "<dir>", description = "Write each schema to <dir>/<api>.schema.json "
            + "(the directory is created) instead of printing it.")
    Path out;

    @Option(names = "--wait", paramLabel = "<duration>", defaultValue = "5s", description = "How long to wait for "
            + "the owners' answers: 5s, 500ms, 1m (default: ${DEFAULT-VALUE}).")
    String wait;

    @Override
    public Integer call() {
        Duration waiting = Durations.parse("--wait", wait);
        if (apis != null) {
            for (String api : apis) {
                if (!Names.isBusName(api)) {
                    throw CliException.usage(MESSAGES.invalidName(api, "API"));
                }
            }
        }
        BrokerSettings settings = settings();
        List<String> wanted = apis == null || apis.isEmpty() ? listedApis(settings) : apis;
        Map<String, JsonNode> schemas;
        try (Broker broker = connect(settings)) {
            schemas = SchemaFetch.fetch(broker, wanted, waiting, "lightbus-cli");
        }
        for (Map.Entry<String, JsonNode> schema : schemas.entrySet()) {
            if (out == null) {
                print(Json.pretty(schema.getValue()) + System.lineSeparator());
            } else {
                write(schema.getKey(), schema.getValue());
            }
        }
        String waited = Durations.text(waiting);
        for (String api : wanted) {
            if (!schemas.containsKey(api)) {
                err().println(MESSAGES.schemaNotAnswered(api, waited, settings.namespace()));
            }
        }
        err().flush();
        return schemas.isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.OK;
    }

    private void write(String api, JsonNode schema) {
        Path file = out.resolve(api + ".schema.json");
        try {
            Files.createDirectories(out);
            Files.writeString(file, Json.pretty(schema) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, MESSAGES.schemaNotWritten(api, file.toString(), Broker.reason(e)),
                    e);
        }
        out().println(api + " " + schema.path("version").asText("") + " -> " + file);
        out().flush();
    }

    private static List<String> listedApis(BrokerSettings settings) {
        List<String> exchanges;
        try {
            exchanges = new ManagementApi(settings).exchangeNames("topic");
        } catch (ManagementApi.Unavailable e) {
            throw CliException.usage(MESSAGES.apisNeeded(settings.managementUrl().toString(), e.getMessage()));
        }
        List<String> listed = ManagementApi.apisOf(exchanges, settings.namespace());
        if (listed.isEmpty()) {
            throw CliException.notFound(MESSAGES.noApis(settings.namespace()));
        }
        return listed;
    }
}
