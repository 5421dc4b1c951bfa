package org.lightbus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code call}: a procedure served by a running application, called as an application would. */
class CallCommandTest {

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
    void printsTheResultOfAServedProcedure() throws Exception {
        broker.pricing();

        Cli.Run run = Cli.run(broker.args("call", "pricing.price", "[\"apple\",3]"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("126" + System.lineSeparator());
    }

    @Test
    void aRemoteFailureGivesItsCodeAndExitCode5() throws Exception {
        broker.pricing();

        Cli.Run run = Cli.run(broker.args("call", "pricing.price", "[\"unknown\",1]"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REMOTE_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("LBUS07038", "pricing.price", "LBUS02101", IllegalStateException.class.getName(),
                "no price for unknown");

        Cli.Run json = Cli.run(broker.args("call", "pricing.price", "[\"unknown\",1]", "--json"));
        assertThat(json.exitCode()).isEqualTo(ExitCodes.REMOTE_ERROR);
        assertThat(Json.parse(json.out()).path("code").asText()).isEqualTo("LBUS02101");
    }

    @Test
    void argumentsThatDoNotMatchTheParametersAreRefused() throws Exception {
        broker.pricing();

        Cli.Run run = Cli.run(broker.args("call", "pricing.price", "[\"apple\",\"three\"]"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("LBUS07035", "arguments of pricing.price", "$[1]");
    }

    @Test
    void aProcedureNobodyServesTimesOut() {
        broker.remember(broker.namespace + ".nobody.$rpc"); // declared by the call, as every caller does

        Cli.Run run = Cli.run(broker.args("call", "nobody.ping", "[]", "--no-validate", "--timeout", "2s"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.TIMEOUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("LBUS07039", "nobody.ping", "2 s", broker.namespace + ".nobody.$rpc");
    }
}
