package org.lightbus.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import picocli.CommandLine;

/**
 * Runs the {@code lightbus} command in this JVM, as {@code main} does but with its output captured.
 */
final class Cli {

    /**
     * One run: its exit code and what it printed so far (the writers are read while a tail runs).
     */
    record Run(int exitCode, StringWriter outWriter, StringWriter errWriter) {
        String out() {
            return outWriter.toString();
        }

        String err() {
            return errWriter.toString();
        }
    }

    /** A terminal that is not one. */
    static final Terminal NO_TERMINAL = terminal(false, null);

    private Cli() {
    }

    static Terminal terminal(boolean interactive, String answer) {
        return new Terminal() {
            @Override
            public boolean interactive() {
                return interactive;
            }

            @Override
            public String readLine(String prompt) {
                return answer;
            }
        };
    }

    static Run run(String... args) {
        return run(new CliContext(Map.of(), NO_TERMINAL, ReplayHook.NONE), args);
    }

    static Run run(CliContext context, String... args) {
        return run(context, new StringWriter(), new StringWriter(), args);
    }

    /** Runs with the given writers, so that a caller on another thread can read them meanwhile. */
    static Run run(CliContext context, StringWriter out, StringWriter err, String... args) {
        CommandLine commandLine = Lightbus.commandLine(context);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out, err);
    }
}
