package org.lightbus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code dlq purge}: asks first, refuses without a terminal unless {@code --yes}, then empties the queue. */
class DlqPurgeTest {

    private TestBroker broker;

    @BeforeEach
    void deadLetters() throws Exception {
        broker = new TestBroker();
        broker.publishDeadLetters("o-1", "o-2", "o-3");
    }

    @AfterEach
    void cleanUp() throws Exception {
        broker.close();
    }

    private Cli.Run purge(Terminal terminal, String... options) {
        String[] command = new String[4 + options.length];
        command[0] = "dlq";
        command[1] = "purge";
        command[2] = "billing";
        command[3] = "charge";
        System.arraycopy(options, 0, command, 4, options.length);
        return Cli.run(new CliContext(Map.of(), terminal, ReplayHook.NONE), broker.args(command));
    }

    @Test
    void withoutATerminalItPurgesOnlyWithYes() throws Exception {
        Cli.Run refused = purge(Cli.NO_TERMINAL);

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).startsWith("LBUS07011: Not purging " + broker.deadLetterQueue()
                + ": the purge is not confirmed, and the input is not a terminal to ask on. Add --yes");
        assertThat(broker.count(broker.deadLetterQueue())).isEqualTo(3);

        Cli.Run purged = purge(Cli.NO_TERMINAL, "--yes");

        assertThat(purged.exitCode()).isZero();
        assertThat(purged.out()).isEqualTo("Purged 3 dead letters from " + broker.deadLetterQueue() + "\n");
        assertThat(broker.count(broker.deadLetterQueue())).isZero();
        assertThat(broker.count(broker.queue())).isZero();
    }

    @Test
    void onATerminalItAsksFirst() throws Exception {
        Cli.Run declined = purge(Cli.terminal(true, "n"));

        assertThat(declined.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(declined.err()).startsWith("LBUS07012:");
        assertThat(broker.count(broker.deadLetterQueue())).isEqualTo(3);

        Cli.Run confirmed = purge(Cli.terminal(true, "y"), "--json");

        assertThat(confirmed.exitCode()).isZero();
        assertThat(confirmed.out()).contains("\"purged\": 3", "\"queue\": \"" + broker.deadLetterQueue() + "\"");
        assertThat(broker.count(broker.deadLetterQueue())).isZero();
    }

    @Test
    void anEmptyQueueNeedsNoConfirmation() throws Exception {
        purge(Cli.NO_TERMINAL, "--yes");

        Cli.Run run = purge(Cli.NO_TERMINAL);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Purged 0 dead letters");
    }
}
