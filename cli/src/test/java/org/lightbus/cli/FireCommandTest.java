package org.lightbus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fire}: an event published as the shop would, checked against the shop's published schema. */
class FireCommandTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private TestBroker broker;

    @BeforeEach
    void start() throws Exception {
        broker = new TestBroker();
        broker.shop(); // the owner of shop: publishes its schema
    }

    @AfterEach
    void cleanUp() throws Exception {
        broker.close();
    }

    @Test
    void aValidEventReachesTheListenerFromTheServiceGivenWithAs() {
        ReceivingBilling billing = broker.billing(ReceivingBilling.class, 1).bean(ReceivingBilling.class);

        Cli.Run run = Cli.run(broker.args("fire", "shop.order_placed",
                "{\"orderId\":\"o-1\",\"customer\":\"ada\",\"amount\":7}", "--as", "backoffice"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).matches(UUID + "\\R");
        await().atMost(TestBroker.WAIT).until(() -> !billing.received().isEmpty());
        assertThat(billing.received()).containsExactly(new ReceivingBilling.Received(
                new ShopApi.OrderPlaced("o-1", "ada", 7), "backoffice", run.out().trim()));
    }

    @Test
    void anInvalidEventIsRefusedWithItsViolationsAndNothingIsPublished(@TempDir Path dir) throws Exception {
        ReceivingBilling billing = broker.billing(ReceivingBilling.class, 1).bean(ReceivingBilling.class);
        Path invalid = dir.resolve("invalid.json");
        Files.writeString(invalid, "{\"orderId\":\"o-1\",\"amount\":\"lots\"}");

        Cli.Run refused = Cli.run(broker.args("fire", "shop.order_placed", "--file", invalid.toString()));

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("LBUS07035", "Nothing was sent", "shop.order_placed", "$.amount",
                "$.customer", "--no-validate");
        // the queue keeps publish order: had the invalid event been published, it would arrive before this one
        Cli.Run valid = Cli.run(
                broker.args("fire", "shop.order_placed", "{\"orderId\":\"o-2\",\"customer\":\"bob\",\"amount\":1}"));
        assertThat(valid.exitCode()).as(valid.err()).isZero();
        await().atMost(TestBroker.WAIT).until(() -> !billing.received().isEmpty());
        assertThat(billing.received()).extracting(r -> r.order().orderId()).containsExactly("o-2");
        assertThat(billing.received().get(0).sourceService()).isEqualTo(FireCommand.CLI_SERVICE);
    }

    @Test
    void anEventNobodyListensToIsReportedAsUnroutable() {
        Cli.Run run = Cli.run(
                broker.args("fire", "shop.order_placed", "{\"orderId\":\"o-1\",\"customer\":\"ada\",\"amount\":7}"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err()).contains("LBUS07036", "unroutable", broker.namespace + ".shop", "nobody listens");
    }

    @Test
    void anEventNotInTheSchemaIsRefused() {
        Cli.Run run = Cli.run(broker.args("fire", "shop.order_lost", "{}"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("LBUS07034", "no event order_lost", "order_placed");
    }

    @Test
    void anEventOfAnApiNobodyOwnsCannotBeChecked() {
        Cli.Run run = Cli.run(broker.args("fire", "ghost.haunted", "{}", "--wait", "1s"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err()).contains("LBUS07033", "API ghost", "--no-validate");
    }

    @Test
    void theJsonMustBeJson() {
        Cli.Run run = Cli.run(broker.args("fire", "shop.order_placed", "{\"orderId\":"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("LBUS07029");
    }
}
