package org.lightbus.cdi.runtime;

import static org.lightbus.cdi.runtime.RuntimeMessages.MESSAGES;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.Config;
import org.lightbus.api.LightbusException;
import org.lightbus.cdi.model.ApplicationNames;
import org.lightbus.spi.TransportFactory;

/**
 * Checks an application's configuration when it starts, before it connects: fails with every invalid value at once.
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
    static void run(Config config, TransportFactory factory, ApplicationNames names) {
        List<String> problems = new ArrayList<>(new RuntimeSettings(config).problems(names));
        problems.addAll(factory.configProblems(config));
        if (!problems.isEmpty()) {
            throw BusErrors.exception(
                    MESSAGES.invalidConfiguration(problems.size(), "\n  " + String.join("\n  ", problems)), null);
        }
    }
}
