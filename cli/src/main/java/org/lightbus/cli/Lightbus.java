package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code lightbus} command, for operating a bus: {@code lightbus inspect} for why a service does or does not
 * receive an event, {@code lightbus dlq list|show|replay|purge} for the dead letters of a listener,
 * {@code lightbus tail} for the events of an API as they are published, {@code lightbus dumpschema}, {@code fire} and
 * {@code call} for the published schemas, firing an event and calling a procedure. It talks plain AMQP 0-9-1 to the
 * broker, with the applications' broker settings ({@link SettingsResolver}); the RabbitMQ management plugin is needed
 * only to list a service's dead-letter queues without naming a listener, and {@code inspect} uses it, when it answers,
 * for what AMQP does not tell (unacknowledged messages, bindings). Exit codes: {@link ExitCodes}.
 */
@Command(name = "lightbus", mixinStandardHelpOptions = true, versionProvider = Lightbus.Version.class, description = {
        "Operates a Lightbus bus on RabbitMQ: why a service does or does not receive an event, the dead letters of a listener, the events of an API as they are "
                + "published, the schemas the APIs' owners publish, and firing an event or calling a procedure by "
                + "hand. Plain AMQP 0-9-1: the management plugin is not needed.",
        "Every command reads the applications' broker settings: the defaults, then a --config file in the format of "
                + "microprofile-config.properties (lightbus.namespace, lightbus.rabbitmq.host, port, username, "
                + "password, virtual-host, ...), then environment variables (LIGHTBUS_RABBITMQ_HOST, ...), then its "
                + "flags (--host, --port, --namespace, ...)." }, subcommands = { InspectCommand.class, DlqCommand.class,
                        TailCommand.class, DumpSchemaCommand.class, FireCommand.class, CallCommand.class })
public final class Lightbus implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args
     *            the command line
     */
    public static void main(String[] args) {
        System.exit(commandLine(CliContext.system()).execute(args));
    }

    /**
     * @param context
     *            the environment, terminal and test hook the commands use
     *
     * @return the command line, ready to {@link CommandLine#execute execute}
     */
    static CommandLine commandLine(CliContext context) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine commandLine = new CommandLine(new Lightbus(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K instance = defaults.create(type);
                if (instance instanceof BusCommand command) {
                    command.context = context;
                }
                return instance;
            }
        });
        commandLine.setUsageHelpAutoWidth(true);
        commandLine.setParameterExceptionHandler(Lightbus::usageError);
        commandLine.setExecutionExceptionHandler((error, command, parseResult) -> failure(error, command));
        listExitCodes(commandLine);
        return commandLine;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: inspect, dlq, tail, dumpschema, fire or call");
    }

    private static void listExitCodes(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.descriptions());
        commandLine.getSubcommands().values().forEach(Lightbus::listExitCodes);
    }

    private static int usageError(ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(error.getMessage());
        UnmatchedArgumentException.printSuggestions(error, err);
        err.println("See '" + command.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int failure(Exception error, CommandLine command) {
        PrintWriter err = command.getErr();
        if (error instanceof CliException cli) {
            err.println(cli.getMessage());
            err.flush();
            return cli.exitCode();
        }
        err.println(MESSAGES.unexpected(String.valueOf(error)));
        error.printStackTrace(err);
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /** The version of the jar. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Lightbus.class.getPackage().getImplementationVersion();
            return new String[] { "lightbus " + (version == null ? "(development build)" : version) };
        }
    }
}
