package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.util.regex.Pattern;

/**
 * The naming rules of the bus (those of the runtime): a service or listener name is letters, digits, {@code _} and
 * {@code -}, with dots between parts; an API or event name the same in lowercase.
 */
final class Names {

    private static final Pattern LISTENER_NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final Pattern BUS_NAME = Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)*");

    private Names() {
    }

    /**
     * @param kind
     *            {@code service} or {@code listener}, for the message
     *
     * @return the name
     *
     * @throws CliException
     *             (usage) if it is not a valid service or listener name
     */
    static String requireListenerName(String name, String kind) {
        if (name == null || !LISTENER_NAME.matcher(name).matches()) {
            throw CliException.usage(MESSAGES.invalidName(String.valueOf(name), kind));
        }
        return name;
    }

    /**
     * @return true if the name is a valid API or event name, or several separated by dots
     */
    static boolean isBusName(String name) {
        return BUS_NAME.matcher(name).matches();
    }
}
