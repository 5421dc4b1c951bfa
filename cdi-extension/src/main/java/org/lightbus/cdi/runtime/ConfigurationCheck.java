package org.lightbus.cdi.runtime;

import static org.lightbus.cdi.runtime.RuntimeMessages.MESSAGES;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.config.Config;
import org.lightbus.api.LightbusException;
import org.lightbus.cdi.model.ApplicationNames;
import org.lightbus.cdi.model.KnownKeys;
import org.lightbus.spi.TransportFactory;

/**
 * Checks an application's configuration when it starts, before it connects: warns once about each {@code lightbus.*}
 * key that neither the runtime nor the connector reads, naming the closest key they do read, and fails with every
 * invalid value at once.
 */
final class ConfigurationCheck {

    private ConfigurationCheck() {
    }

    /**
     * @param config
     *            the application's configuration
     * @param factory
     *            the connector, which parses its own keys
     * @param names
     *            the application's listeners, APIs and procedures
     *
     * @throws LightbusException
     *             listing every invalid or missing value, each with its key, its value and what is accepted
     */
    static void run(Config config, TransportFactory factory, ApplicationNames found) {
        ApplicationNames names = found.withApis(ownedApis(config));
        warnAboutUnknownKeys(config, factory, names);
        List<String> problems = new ArrayList<>(new RuntimeSettings(config).problems(names));
        problems.addAll(factory.configProblems(config));
        if (!problems.isEmpty()) {
            throw BusErrors.exception(
                    MESSAGES.invalidConfiguration(problems.size(), "\n  " + String.join("\n  ", problems)), null);
        }
    }

    /** The APIs the configuration says the application owns; none if the value is invalid (reported as such). */
    private static Set<String> ownedApis(Config config) {
        try {
            return new RuntimeSettings(config).ownedApis();
        } catch (LightbusException e) {
            return Set.of();
        }
    }

    private static void warnAboutUnknownKeys(Config config, TransportFactory factory, ApplicationNames names) {
        List<String> patterns = new ArrayList<>(RuntimeSettings.patterns());
        patterns.addAll(factory.configKeys());
        KnownKeys known = KnownKeys.of(patterns, names);
        for (String key : new TreeSet<>(keys(config))) {
            if (known.isUnknown(key)) {
                known.closest(key).ifPresentOrElse(closest -> RuntimeLog.LOG.unknownKey(key, closest),
                        () -> RuntimeLog.LOG.unknownKeyWithoutSuggestion(key));
            }
        }
    }

    /**
     * The names the configuration sources have, environment variables as they are named ({@code LIGHTBUS_SERVICE_NAME})
     * without the names some implementations derive from them ({@code lightbus.service.name}, which is not a key).
     */
    private static List<String> keys(Config config) {
        List<String> keys = new ArrayList<>();
        config.getConfigSources()
                .forEach(source -> keys.addAll(KnownKeys.withoutDerivedNames(source.getPropertyNames())));
        return keys;
    }
}
