package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Resolves the {@link BrokerSettings} the way the applications read theirs (MicroProfile Config, see
 * {@code docs/configuration.md}), from lowest to highest: the defaults, a {@code microprofile-config.properties}-style
 * file ({@code --config}), environment variables, and the command's flags. A key is looked up under its own name first,
 * then under its alias ({@code rabbitmq-host} for {@code lightbus.rabbitmq.host}), as the connector does; an
 * environment variable stands for a key as MicroProfile Config maps them: the key itself, then every character other
 * than a letter or digit replaced by {@code _}, then that in upper case ({@code LIGHTBUS_RABBITMQ_VIRTUAL_HOST}). An
 * empty value counts as not set. Invalid values fail with a {@link CliException} (usage) that names the key and where
 * the value came from.
 */
final class SettingsResolver {

    /** The prefix of every exchange and queue of the bus. */
    static final String NAMESPACE = "lightbus.namespace";
    static final String HOST = "lightbus.rabbitmq.host";
    static final String PORT = "lightbus.rabbitmq.port";
    static final String ADDRESSES = "lightbus.rabbitmq.addresses";
    static final String USERNAME = "lightbus.rabbitmq.username";
    static final String PASSWORD = "lightbus.rabbitmq.password";
    static final String VIRTUAL_HOST = "lightbus.rabbitmq.virtual-host";
    static final String TLS = "lightbus.rabbitmq.tls";
    static final String TLS_CA_FILE = "lightbus.rabbitmq.tls-ca-file";
    static final String TLS_VERIFY_HOSTNAME = "lightbus.rabbitmq.tls-verify-hostname";
    /** The command's own keys: the applications do not read them. */
    static final String MANAGEMENT_URL = "lightbus.cli.management-url";
    static final String MANAGEMENT_USERNAME = "lightbus.cli.management-username";
    static final String MANAGEMENT_PASSWORD = "lightbus.cli.management-password";

    static final String DEFAULT_NAMESPACE = "lightbus";
    static final int DEFAULT_PORT = 5672;
    static final int MANAGEMENT_PORT = 15672;

    /** The keys the applications also read under the global keys of SmallRye's RabbitMQ connector. */
    private static final Map<String, String> ALIASES = Map.of(HOST, "rabbitmq-host", PORT, "rabbitmq-port", USERNAME,
            "rabbitmq-username", PASSWORD, "rabbitmq-password", VIRTUAL_HOST, "rabbitmq-virtual-host");

    /** The flag of each key that has one, for messages. */
    static final Map<String, String> FLAGS = Map.of(NAMESPACE, "--namespace", HOST, "--host", PORT, "--port", ADDRESSES,
            "--addresses", USERNAME, "--username", PASSWORD, "--password", VIRTUAL_HOST, "--virtual-host",
            MANAGEMENT_URL, "--management-url");

    private static final int MAX_PORT = 65535;

    /**
     * A value and where it came from.
     *
     * @param text
     *            the value, trimmed
     * @param source
     *            for messages, e.g. {@code environment variable LIGHTBUS_RABBITMQ_PORT}
     */
    record Value(String text, String source) {
    }

    private final Map<String, String> flags;
    private final Map<String, String> environment;
    private final Properties file;
    private final String fileName;

    /**
     * @param flags
     *            the values given as flags, by key ({@link #FLAGS})
     * @param environment
     *            the environment variables
     * @param file
     *            the {@code --config} file's properties; empty if there is none
     * @param fileName
     *            its name, for messages
     */
    SettingsResolver(Map<String, String> flags, Map<String, String> environment, Properties file, String fileName) {
        this.flags = flags;
        this.environment = environment;
        this.file = file;
        this.fileName = fileName;
    }

    /**
     * @return the settings
     *
     * @throws CliException
     *             (usage) naming the key, the value and its source, if a value is invalid
     */
    BrokerSettings resolve() {
        String namespace = text(NAMESPACE, DEFAULT_NAMESPACE);
        if (!namespace.matches("[A-Za-z0-9_.-]+")) {
            throw invalid(find(NAMESPACE), NAMESPACE, "letters, digits, _, - and .");
        }
        List<BrokerSettings.Address> addresses = addresses();
        String username = text(USERNAME, "guest");
        String password = text(PASSWORD, "guest");
        boolean tls = bool(TLS, false);
        Path caFile = file(TLS_CA_FILE);
        boolean verifyHostname = bool(TLS_VERIFY_HOSTNAME, true);
        URI management = managementUrl(addresses.get(0).host());
        return new BrokerSettings(addresses, username, password, text(VIRTUAL_HOST, "/"), namespace, tls, caFile,
                verifyHostname, management, text(MANAGEMENT_USERNAME, username), text(MANAGEMENT_PASSWORD, password));
    }

    /**
     * @return the value of the key from the highest source that has it, or null
     */
    Value find(String key) {
        String flag = flags.get(key);
        if (flag != null && !flag.isBlank()) {
            return new Value(flag.trim(), FLAGS.getOrDefault(key, key));
        }
        Value value = fromEnvironmentOrFile(key);
        if (value == null && ALIASES.containsKey(key)) {
            value = fromEnvironmentOrFile(ALIASES.get(key));
        }
        return value;
    }

    private Value fromEnvironmentOrFile(String name) {
        String sanitized = name.replaceAll("[^A-Za-z0-9]", "_");
        for (String variable : List.of(name, sanitized, sanitized.toUpperCase(Locale.ROOT))) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return new Value(value.trim(), "environment variable " + variable);
            }
        }
        String value = file.getProperty(name);
        if (value != null && !value.isBlank()) {
            return new Value(value.trim(), name + " in " + fileName);
        }
        return null;
    }

    private String text(String key, String defaultValue) {
        Value value = find(key);
        return value == null ? defaultValue : value.text();
    }

    /**
     * {@code --host} or {@code --port} win over addresses set elsewhere than in {@code --addresses}.
     */
    private List<BrokerSettings.Address> addresses() {
        Value list = find(ADDRESSES);
        boolean hostFlag = flags.containsKey(HOST) || flags.containsKey(PORT);
        if (list != null && (!hostFlag || flags.containsKey(ADDRESSES))) {
            return addressList(list);
        }
        Value host = find(HOST);
        String name = host == null ? "127.0.0.1" : host.text();
        if (name.contains("@") || name.contains("/") || name.contains(" ")) {
            throw invalid(host, HOST, "a host name or address, without scheme, user name or password (set those in "
                    + USERNAME + " and " + PASSWORD + ")");
        }
        Value port = find(PORT);
        return List.of(new BrokerSettings.Address(name, port == null ? DEFAULT_PORT : port(port, port.text(), PORT)));
    }

    private List<BrokerSettings.Address> addressList(Value list) {
        List<BrokerSettings.Address> addresses = new ArrayList<>();
        String accepted = "host[:port] entries separated by commas, without scheme, user name or password";
        for (String entry : list.text().split(",")) {
            String address = entry.trim();
            if (address.isEmpty()) {
                continue;
            }
            if (address.contains("@") || address.contains("/")) {
                throw invalid(list, ADDRESSES, accepted);
            }
            int close = address.startsWith("[") ? address.indexOf(']') : -1;
            int colon = close >= 0 ? address.indexOf(':', close) : address.lastIndexOf(':');
            if (close < 0 && colon != address.indexOf(':')) {
                throw invalid(list, ADDRESSES, accepted + " (an IPv6 address in brackets)");
            }
            String host = colon < 0 ? address : address.substring(0, colon);
            host = close >= 0 ? host.substring(1, close) : host;
            if (host.isBlank()) {
                throw invalid(list, ADDRESSES, accepted);
            }
            addresses.add(new BrokerSettings.Address(host,
                    colon < 0 ? DEFAULT_PORT : port(list, address.substring(colon + 1), ADDRESSES)));
        }
        if (addresses.isEmpty()) {
            throw invalid(list, ADDRESSES, accepted);
        }
        return List.copyOf(addresses);
    }

    private int port(Value value, String text, String key) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 1 && port <= MAX_PORT) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(value, key, "a port from 1 to " + MAX_PORT);
    }

    private boolean bool(String key, boolean defaultValue) {
        Value value = find(key);
        if (value == null) {
            return defaultValue;
        }
        if (value.text().equalsIgnoreCase("true") || value.text().equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value.text());
        }
        throw invalid(value, key, "true or false");
    }

    private Path file(String key) {
        Value value = find(key);
        if (value == null) {
            return null;
        }
        Path path = Path.of(value.text());
        if (!Files.isReadable(path)) {
            throw invalid(value, key, "the path of a readable file");
        }
        return path;
    }

    private URI managementUrl(String host) {
        Value value = find(MANAGEMENT_URL);
        if (value == null) {
            return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + MANAGEMENT_PORT);
        }
        try {
            URI uri = new URI(value.text());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getUserInfo() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw invalid(value, MANAGEMENT_URL,
                "an http or https URL without user name or password, e.g. "
                        + "http://rabbit.internal:15672 (set those in " + MANAGEMENT_USERNAME + " and "
                        + MANAGEMENT_PASSWORD + ")");
    }

    /**
     * @return a usage error naming the key, the value (never a password: whatever stands before an {@code @}) and its
     *         source
     */
    private static CliException invalid(Value value, String key, String accepted) {
        String text = value == null ? "" : value.text();
        int at = text.lastIndexOf('@');
        String shown = at < 0 ? text : "***" + text.substring(at);
        return CliException
                .usage(MESSAGES.invalidSetting(shown, key, value == null ? "the default" : value.source(), accepted));
    }
}
