package org.lightbus.connector.rabbitmq;

import static org.lightbus.connector.rabbitmq.ConnectorMessages.MESSAGES;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.Config;
import org.lightbus.spi.Durations;

/**
 * Looks connector attributes up in MicroProfile Config: {@code lightbus.rabbitmq.<name>}, then the attribute's alias,
 * then its default, all three taken from its {@link RabbitMQAttribute} declaration. Invalid values fail with a
 * {@link org.lightbus.api.LightbusException} naming the key the value came from and the accepted values.
 */
final class ConnectorConfig {

    /** The prefix of every connector attribute. */
    static final String PREFIX = "lightbus.rabbitmq.";

    private static final int MAX_PORT = 65535;

    private final Config config;

    /**
     * A value and the key it was found under, with parsers whose errors name that key and the accepted values.
     *
     * @param key
     *            the key, for error messages
     * @param value
     *            the value, or null when neither set nor defaulted
     */
    record Setting(String key, String value) {

        int asPort() {
            try {
                int port = Integer.parseInt(String.valueOf(value).trim());
                if (port >= 1 && port <= MAX_PORT) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw invalid("an integer from 1 to " + MAX_PORT);
        }

        boolean asBoolean() {
            String text = String.valueOf(value).trim();
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(text);
            }
            throw invalid("true or false");
        }

        /**
         * @return the path of an existing, readable file, or null if the value is empty
         */
        Path asFileOrNull() {
            if (value == null || value.isBlank()) {
                return null;
            }
            Path path = Path.of(value.trim());
            if (!Files.isReadable(path)) {
                throw invalid("the path of a readable file");
            }
            return path;
        }

        int asPositiveInt() {
            try {
                int number = Integer.parseInt(String.valueOf(value).trim());
                if (number >= 1) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw invalid("an integer of at least 1");
        }

        /**
         * @return the addresses of a {@code host[:port],...} list
         */
        List<BrokerAddress> asAddresses() {
            if (String.valueOf(value).contains("@")) {
                throw invalid("host[:port] entries separated by commas, without user name or password (set those in "
                        + RabbitMQAttribute.USERNAME.key() + " and " + RabbitMQAttribute.PASSWORD.key() + ")");
            }
            try {
                return BrokerAddress.parseList(String.valueOf(value));
            } catch (IllegalArgumentException e) {
                throw invalid("host[:port] entries separated by commas (" + e.getMessage() + ")");
            }
        }

        /**
         * @return a host name or address; not a URI, and nothing with a user name or password in it
         */
        String asHost() {
            String host = String.valueOf(value).trim();
            if (host.isEmpty() || host.contains("@") || host.contains("/") || host.contains(" ")) {
                throw invalid("a host name or address, without scheme, user name or password (set those in "
                        + RabbitMQAttribute.USERNAME.key() + " and " + RabbitMQAttribute.PASSWORD.key() + ")");
            }
            return host;
        }

        Duration asDuration() {
            try {
                return Durations.parse(key, String.valueOf(value));
            } catch (IllegalArgumentException e) {
                throw ConnectorExceptions.lightbus(MESSAGES.invalidDuration(e.getMessage()), e);
            }
        }

        <E extends Enum<E>> E asChoice(Class<E> type) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(String.valueOf(value).trim())) {
                    return constant;
                }
            }
            throw invalid("one of " + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")));
        }

        private RuntimeException invalid(String accepted) {
            return ConnectorExceptions.lightbus(MESSAGES.invalidValue(withoutCredentials(value), key, accepted), null);
        }
    }

    /**
     * @param value
     *            a configuration value
     *
     * @return the value, or if it contains an {@code @}, {@code ***} and what follows its last {@code @}: whatever
     *         stands before it in a URI or an address ({@code amqp://user:password@host}) may be a password, which must
     *         never reach a log or an exception
     */
    static String withoutCredentials(String value) {
        int at = value == null ? -1 : value.lastIndexOf('@');
        return at < 0 ? value : "***" + value.substring(at);
    }

    ConnectorConfig(Config config) {
        this.config = config;
    }

    Setting attribute(RabbitMQAttribute declaration) {
        Optional<String> value = config.getOptionalValue(declaration.key(), String.class);
        if (value.isPresent()) {
            return new Setting(declaration.key(), value.get());
        }
        if (declaration.alias() != null) {
            value = config.getOptionalValue(declaration.alias(), String.class);
            if (value.isPresent()) {
                return new Setting(declaration.alias(), value.get());
            }
        }
        return new Setting(declaration.key(), declaration.defaultValue());
    }

    Setting key(String key, String defaultValue) {
        return new Setting(key, config.getOptionalValue(key, String.class).orElse(defaultValue));
    }
}
