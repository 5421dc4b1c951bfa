package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the commands that talk to the broker share: the broker options, the connection, and printing.
 */
abstract class BusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Null when no broker option is given. */
    @ArgGroup(validate = false, heading = "%nBroker settings (a flag wins over the environment, which wins over the --config file):%n")
    BrokerOptions brokerOptions;

    /** Set by the command line's factory ({@link Lightbus#commandLine}). */
    CliContext context = CliContext.system();

    /**
     * @return the broker settings of this run
     */
    BrokerSettings settings() {
        return (brokerOptions == null ? new BrokerOptions() : brokerOptions).settings(context.environment());
    }

    /**
     * @return a connection named after the command, e.g. {@code lightbus dlq show}
     */
    Broker connect(BrokerSettings settings) {
        return Broker.connect(settings, spec.qualifiedName());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints a {@code --json} document. */
    void printJson(JsonNode document) {
        out().println(Json.pretty(document));
        out().flush();
    }

    /** Prints text to standard output as it is. */
    void print(String text) {
        out().print(text);
        out().flush();
    }

    /**
     * @return the limit, checked
     *
     * @throws CliException
     *             (usage) if it is less than 1
     */
    static long checkLimit(long limit) {
        if (limit < 1) {
            throw CliException.usage(MESSAGES.invalidLimit(limit));
        }
        return limit;
    }
}
