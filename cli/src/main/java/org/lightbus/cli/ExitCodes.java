package org.lightbus.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes of every command, listed in each command's {@code --help}.
 */
final class ExitCodes {

    /** The command did what it was asked. */
    static final int OK = 0;
    /** The command line or a setting is wrong; nothing was done. */
    static final int USAGE = 1;
    /** The broker could not be reached, refused the login, or refused or failed an operation. */
    static final int BROKER = 2;
    /** A queue or an exchange that the command needs does not exist. */
    static final int NOT_FOUND = 3;
    /** An unexpected error: a bug of the command, printed with its stack trace. */
    static final int INTERNAL = 4;
    /** A remote procedure failed on its server ({@code lightbus call}): the reply is an error envelope. */
    static final int REMOTE_ERROR = 5;
    /** No reply came within the timeout ({@code lightbus call}). */
    static final int TIMEOUT = 6;

    private ExitCodes() {
    }

    /**
     * @return the codes and what each means, in order, for the help
     */
    static Map<String, String> descriptions() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(Integer.toString(OK), "success");
        codes.put(Integer.toString(USAGE), "usage error: a wrong argument, option or setting (nothing was done)");
        codes.put(Integer.toString(BROKER), "the broker is unreachable, refused the login, or refused an operation");
        codes.put(Integer.toString(NOT_FOUND),
                "not found: a queue, an exchange, or a schema (no owner answered), an event nobody listens to, "
                        + "or an API nothing is known of (inspect)");
        codes.put(Integer.toString(INTERNAL), "unexpected error (a bug: the stack trace is printed)");
        codes.put(Integer.toString(REMOTE_ERROR),
                "call: the procedure failed on its server (its error code is printed)");
        codes.put(Integer.toString(TIMEOUT), "call: no reply within --timeout");
        return codes;
    }
}
