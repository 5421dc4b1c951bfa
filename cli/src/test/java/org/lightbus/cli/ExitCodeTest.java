package org.lightbus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exit codes against the broker: 3 for what does not exist, 2 for a broker that cannot be reached or refuses. */
class ExitCodeTest {

    private TestBroker broker;

    @BeforeEach
    void start() throws Exception {
        broker = new TestBroker();
    }

    @AfterEach
    void cleanUp() throws Exception {
        broker.close();
    }

    @Test
    void aMissingQueueExitsWithThreeAndNamesIt() {
        String queue = broker.namespace + ".billing.nope.dlq";
        for (List<String> command : List.of(List.of("dlq", "list", "billing", "nope"),
                List.of("dlq", "show", "billing", "nope"), List.of("dlq", "replay", "billing", "nope"),
                List.of("dlq", "purge", "billing", "nope", "--yes"))) {
            Cli.Run run = Cli.run(broker.args(command.toArray(String[]::new)));

            assertThat(run.exitCode()).as(command.toString()).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(run.err()).as(command.toString())
                    .isEqualTo(String.format(
                            "LBUS07004: Queue %s does not exist: check the service and listener names, and "
                                    + "--namespace (now %s)%n",
                            command.get(1).equals("replay") ? queue.replace(".dlq", "") : queue, broker.namespace));
        }
    }

    @Test
    void tailOfAnApiWithoutExchangeExitsWithThree() {
        Cli.Run run = Cli.run(broker.args("tail", "nothing.happened"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err()).startsWith("LBUS07005: No exchange of API nothing.happened exists (looked for "
                + broker.namespace + ".nothing.happened, " + broker.namespace + ".nothing)");
    }

    @Test
    void anUnreachableBrokerExitsWithTwo() {
        for (List<String> command : List.of(List.of("dlq", "list", "billing", "charge"),
                List.of("dlq", "show", "billing", "charge"), List.of("dlq", "replay", "billing", "charge"),
                List.of("dlq", "purge", "billing", "charge", "--yes"), List.of("tail", "shop"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--host", "127.0.0.1", "--port", "1"));

            Cli.Run run = Cli.run(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(command.toString()).isEqualTo(ExitCodes.BROKER);
            assertThat(run.err()).as(command.toString())
                    .startsWith("LBUS07002: Cannot connect to RabbitMQ at 127.0.0.1:1 (virtual host /): ")
                    .contains("Check that the broker runs there");
        }
    }

    @Test
    void aRefusedLoginExitsWithTwo() {
        Cli.Run run = Cli.run(broker.args("dlq", "show", "billing", "charge", "--password", "wrong"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BROKER);
        assertThat(run.err()).startsWith("LBUS07003: RabbitMQ at ").contains("refused the login of user guest")
                .doesNotContain("wrong");
    }
}
