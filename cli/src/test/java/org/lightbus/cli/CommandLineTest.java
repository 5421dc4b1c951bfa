package org.lightbus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The command line without a broker: help, exit codes of usage errors. */
class CommandLineTest {

    @Test
    void everyCommandHasHelpThatListsTheExitCodes() {
        for (String[] command : new String[][] { {}, { "dlq" }, { "dlq", "list" }, { "dlq", "show" },
                { "dlq", "replay" }, { "dlq", "purge" }, { "tail" } }) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";

            Cli.Run run = Cli.run(args);

            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args)).contains("Usage: lightbus", "Exit codes:", "0   success",
                    "1   usage error", "2   the broker is unreachable", "3   not found");
        }
        assertThat(Cli.run("dlq", "show", "--help").out()).contains("--host=<host>", "--namespace=<namespace>",
                "--config=<file>", "--limit=N", "--json");
        assertThat(Cli.run("tail", "--help").out()).contains("--field=name=value");
    }

    @Test
    void usageErrorsExitWithOne() {
        Cli.Run missing = Cli.run("dlq", "show", "mailer");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("Missing required parameter: '<listener>'", "lightbus dlq show --help");

        assertThat(Cli.run("dlq").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run().exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("dlq", "shw").err()).contains("Did you mean", "show");
        assertThat(Cli.run("dlq", "show", "mailer", "welcome", "--limit", "0").err())
                .startsWith("LBUS07022: --limit 0 is not accepted");
        assertThat(Cli.run("dlq", "show", "mail er", "welcome").err())
                .startsWith("LBUS07016: 'mail er' is not a valid service name");
        assertThat(Cli.run("tail", "shop", "--field", "oops").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void anInvalidSettingIsAUsageErrorThatNamesItsSource() {
        Cli.Run run = Cli.run(new CliContext(Map.of("LIGHTBUS_RABBITMQ_PORT", "x"), Cli.NO_TERMINAL, ReplayHook.NONE),
                "dlq", "list", "mailer", "welcome");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith(
                "LBUS07001: The value 'x' of lightbus.rabbitmq.port (from environment variable LIGHTBUS_RABBITMQ_PORT)");
    }

    @Test
    void aMissingConfigFileIsAUsageError() {
        Cli.Run run = Cli.run("dlq", "list", "mailer", "welcome", "--config", "/no/such/app.properties");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("LBUS07000: Cannot read the configuration file /no/such/app.properties");
    }
}
