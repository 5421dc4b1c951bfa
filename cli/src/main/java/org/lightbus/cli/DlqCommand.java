package org.lightbus.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code lightbus dlq}: the dead letters of a listener, the events its listener failed on for good ({@code list},
 * {@code show}, {@code replay}, {@code purge}).
 */
@Command(name = "dlq", mixinStandardHelpOptions = true, description = {
        "The dead letters of a listener: the events it failed on for good, kept in its dead-letter queue "
                + "<namespace>.<service>.<listener>.dlq." }, subcommands = { DlqListCommand.class, DlqShowCommand.class,
                        DlqReplayCommand.class, DlqPurgeCommand.class })
public final class DlqCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: list, show, replay or purge");
    }
}
