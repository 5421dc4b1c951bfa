package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code fire} and {@code call} address: an event or a procedure of an API, given as {@code <api>.<name>}.
 *
 * @param api
 *            the API
 * @param name
 *            the event or procedure name
 */
record MemberTarget(String api, String name) {

    /**
     * API and event names may both contain dots, so {@code a.b.c} can be the event {@code c} of API {@code a.b} or the
     * event {@code b.c} of API {@code a}: the candidates, longest API first.
     *
     * @param kind
     *            {@code event} or {@code procedure}, for the message
     * @param example
     *            an example name of that kind, for the message
     *
     * @throws CliException
     *             (usage) if the argument is not {@code <api>.<name>}
     */
    static List<MemberTarget> candidates(String argument, String kind, String example) {
        if (argument == null || !Names.isBusName(argument) || argument.indexOf('.') < 0) {
            throw CliException.usage(MESSAGES.invalidMemberTarget(String.valueOf(argument), kind, example));
        }
        List<MemberTarget> candidates = new ArrayList<>();
        for (int dot = argument.lastIndexOf('.'); dot > 0; dot = argument.lastIndexOf('.', dot - 1)) {
            candidates.add(new MemberTarget(argument.substring(0, dot), argument.substring(dot + 1)));
        }
        return candidates;
    }

    /**
     * A procedure name is a Java method name in snake case, without dots: the API is everything before the last dot.
     *
     * @throws CliException
     *             (usage) if the argument is not {@code <api>.<procedure>}
     */
    static MemberTarget procedure(String argument) {
        return candidates(argument, "procedure", "check_password").get(0);
    }

    /**
     * @return the exchange of the API, {@code <namespace>.<api>}
     */
    String exchange(String namespace) {
        return namespace + "." + api;
    }

    /**
     * @return the call queue of the API, {@code <namespace>.<api>.$rpc}
     */
    String callQueue(String namespace) {
        return namespace + "." + api + ".$rpc";
    }

    @Override
    public String toString() {
        return api + "." + name;
    }
}
