package org.lightbus.cli;

import java.util.Map;

/**
 * What the commands take from outside the command line: the environment variables, the terminal, and the replay's test
 * hook.
 *
 * @param environment
 *            the environment variables, for the broker settings
 * @param terminal
 *            where {@code dlq purge} asks for confirmation
 * @param replayHook
 *            {@link ReplayHook#NONE} but in tests
 */
record CliContext(Map<String, String> environment, Terminal terminal, ReplayHook replayHook) {

    /**
     * @return the process's environment and terminal
     */
    static CliContext system() {
        return new CliContext(System.getenv(), Terminal.system(), ReplayHook.NONE);
    }
}
