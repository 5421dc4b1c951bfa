package org.lightbus.cli;

import java.io.Console;

/**
 * Where a command asks a person to confirm.
 */
interface Terminal {

    /**
     * @return true if a person can answer: standard input and output are a terminal
     */
    boolean interactive();

    /**
     * @param prompt
     *            the question
     *
     * @return the answer, or null at the end of the input
     */
    String readLine(String prompt);

    /**
     * @return the process's terminal, if it has one ({@link System#console()})
     */
    static Terminal system() {
        return new Terminal() {
            @Override
            public boolean interactive() {
                return System.console() != null;
            }

            @Override
            public String readLine(String prompt) {
                Console console = System.console();
                return console == null ? null : console.readLine("%s", prompt);
            }
        };
    }
}
