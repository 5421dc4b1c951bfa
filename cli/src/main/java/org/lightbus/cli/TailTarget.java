package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code lightbus tail} listens to: an API's exchange and the routing key to bind with, the event name or
 * {@code #} for every event of the API ({@code docs/protocol.md}: the exchange of an API is a topic exchange, and
 * events are published with their name as routing key).
 *
 * @param api
 *            the API
 * @param event
 *            the event name, or null for every event of the API
 */
record TailTarget(String api, String event) {

    /** The topic binding key that matches every routing key. */
    static final String ALL = "#";

    /**
     * API and event names may both contain dots, so {@code a.b.c} can be the API {@code a.b.c}, the event {@code c} of
     * API {@code a.b}, or the event {@code b.c} of API {@code a}: the candidates, longest API first, from which the
     * command takes the first whose exchange exists. {@code <api>.*} and {@code <api>.#} name every event of the API.
     *
     * @param argument
     *            {@code <api>} or {@code <api>.<event>}
     *
     * @return the candidates, longest API first
     *
     * @throws CliException
     *             (usage) if the argument is no API name
     */
    static List<TailTarget> candidates(String argument) {
        if (argument.endsWith(".*") || argument.endsWith(".#")) {
            String api = argument.substring(0, argument.length() - 2);
            if (!Names.isBusName(api)) {
                throw CliException.usage(MESSAGES.invalidTailTarget(argument));
            }
            return List.of(new TailTarget(api, null));
        }
        if (!Names.isBusName(argument)) {
            throw CliException.usage(MESSAGES.invalidTailTarget(argument));
        }
        List<TailTarget> candidates = new ArrayList<>();
        candidates.add(new TailTarget(argument, null));
        for (int dot = argument.lastIndexOf('.'); dot > 0; dot = argument.lastIndexOf('.', dot - 1)) {
            candidates.add(new TailTarget(argument.substring(0, dot), argument.substring(dot + 1)));
        }
        return candidates;
    }

    /**
     * @return the exchange of the API, {@code <namespace>.<api>}
     */
    String exchange(String namespace) {
        return namespace + "." + api;
    }

    /**
     * @return the binding key: the event name, or {@link #ALL}
     */
    String bindingKey() {
        return event == null ? ALL : event;
    }

    @Override
    public String toString() {
        return event == null ? "every event of API " + api : api + "." + event;
    }
}
