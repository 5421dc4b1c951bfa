package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import picocli.CommandLine.Option;

/**
 * The broker options that every command takes. Each overrides its key, whose value otherwise comes from the
 * environment, the {@code --config} file or the default ({@link SettingsResolver}).
 */
final class BrokerOptions {

    @Option(names = "--config", paramLabel = "<file>", description = "A configuration file in the format of "
            + "microprofile-config.properties, e.g. an application's: its lightbus.namespace and lightbus.rabbitmq.* "
            + "keys (and rabbitmq-host, ...) are read. Environment variables (LIGHTBUS_RABBITMQ_HOST, ...) override "
            + "it, and the flags override both.")
    Path config;

    @Option(names = "--namespace", paramLabel = "<namespace>", description = "lightbus.namespace: the prefix of the "
            + "bus's exchanges and queues (default: lightbus).")
    String namespace;

    @Option(names = "--host", paramLabel = "<host>", description = "lightbus.rabbitmq.host (default: 127.0.0.1).")
    String host;

    @Option(names = "--port", paramLabel = "<port>", description = "lightbus.rabbitmq.port (default: 5672).")
    String port;

    @Option(names = "--addresses", paramLabel = "<host[:port],...>", description = "lightbus.rabbitmq.addresses: the "
            + "nodes of a cluster, tried in order; --host and --port win over addresses set elsewhere.")
    String addresses;

    @Option(names = "--username", paramLabel = "<user>", description = "lightbus.rabbitmq.username (default: guest).")
    String username;

    @Option(names = "--password", paramLabel = "<password>", description = "lightbus.rabbitmq.password (default: "
            + "guest). Prefer LIGHTBUS_RABBITMQ_PASSWORD or the --config file: other users can see flags.")
    String password;

    @Option(names = "--virtual-host", paramLabel = "<vhost>", description = "lightbus.rabbitmq.virtual-host (default: "
            + "/).")
    String virtualHost;

    @Option(names = "--management-url", paramLabel = "<url>", description = "lightbus.cli.management-url: the "
            + "RabbitMQ management API, used only by dlq list without a listener, dumpschema without an API, and "
            + "inspect for the unacknowledged messages and the bindings of a queue when it answers "
            + "(default: http://<host>:15672; user and password: lightbus.cli.management-username and -password, else "
            + "the broker's).")
    String managementUrl;

    /**
     * @param environment
     *            the environment variables
     *
     * @return the settings from the flags, the environment, the file and the defaults
     *
     * @throws CliException
     *             (usage) if the file cannot be read or a value is invalid
     */
    BrokerSettings settings(Map<String, String> environment) {
        Properties file = new Properties();
        if (config != null) {
            try (Reader reader = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
                file.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw CliException.usage(MESSAGES.configFileUnreadable(config.toString(), Broker.reason(e)));
            }
        }
        Map<String, String> flags = new HashMap<>();
        put(flags, SettingsResolver.NAMESPACE, namespace);
        put(flags, SettingsResolver.HOST, host);
        put(flags, SettingsResolver.PORT, port);
        put(flags, SettingsResolver.ADDRESSES, addresses);
        put(flags, SettingsResolver.USERNAME, username);
        put(flags, SettingsResolver.PASSWORD, password);
        put(flags, SettingsResolver.VIRTUAL_HOST, virtualHost);
        put(flags, SettingsResolver.MANAGEMENT_URL, managementUrl);
        return new SettingsResolver(flags, environment, file, config == null ? "" : config.toString()).resolve();
    }

    private static void put(Map<String, String> flags, String key, String value) {
        if (value != null) {
            flags.put(key, value);
        }
    }
}
