package org.lightbus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code dumpschema}: the schemas the owners of running applications publish. */
class DumpSchemaTest {

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
    void writesTheSchemaOfEachRunningOwnerAndReportsAnApiNobodyOwns(@TempDir Path dir) throws Exception {
        broker.shop(); // owns shop with lightbus.owned-apis
        broker.pricing(); // owns pricing by serving it
        Path out = dir.resolve("schemas");

        Cli.Run run = Cli.run(broker.args("dumpschema", "shop", "pricing", "nobody", "--out", out.toString()));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode shop = Json.parse(Files.readString(out.resolve("shop.schema.json")));
        assertThat(shop.path("api").asText()).isEqualTo("shop");
        assertThat(shop.path("version").asText()).startsWith("sha256:");
        assertThat(shop.at("/events/order_placed/required").toString()).contains("orderId", "customer", "amount");
        JsonNode pricing = Json.parse(Files.readString(out.resolve("pricing.schema.json")));
        assertThat(pricing.at("/rpcs/price/parameters/prefixItems").size()).isEqualTo(2);
        assertThat(Files.readString(out.resolve("shop.schema.json"))).contains("\n  \"api\": \"shop\"");
        assertThat(out.resolve("nobody.schema.json")).doesNotExist();
        assertThat(run.out()).contains("shop sha256:", "pricing sha256:");
        assertThat(run.err()).contains("LBUS07025", "API nobody");
    }

    @Test
    void printsTheSchemaWithoutOut() throws Exception {
        broker.shop();

        Cli.Run run = Cli.run(broker.args("dumpschema", "shop", "--wait", "10s"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Json.parse(run.out()).at("/events/order_placed/type").asText()).isEqualTo("object");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anApiWhoseOwnerDoesNotAnswerIsNotFound() {
        broker.shop(); // the schemas exchange exists, but nobody owns ghost

        Cli.Run run = Cli.run(broker.args("dumpschema", "ghost", "--wait", "1s"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("LBUS07025", "API ghost", "--namespace (now " + broker.namespace + ")");
    }

    @Test
    void withoutNamesTheApisAreNeededWhenTheManagementApiDoesNotAnswer() {
        Cli.Run run = Cli.run(broker.args("dumpschema", "--management-url", "http://127.0.0.1:1"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("LBUS07026", "lightbus dumpschema auth");
    }
}
