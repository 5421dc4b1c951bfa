package org.lightbus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lightbus.testing.BusApplication;

import com.rabbitmq.client.Channel;

/**
 * {@code dlq replay}: the dead letters of a real application go back to its listener as first attempts, and a replay
 * that stops midway loses none of them.
 */
class DlqReplayTest {

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
    void replayedDeadLettersReachTheFixedListenerAsFirstAttempts() throws Exception {
        broker.deadLetters(2, "o-1", "o-2"); // retried once: the dead letters carry attempt 2

        assertThat(broker.messages(broker.deadLetterQueue()))
                .allSatisfy(m -> assertThat(m.properties().getHeaders()).containsEntry("x-lightbus-attempt", 2));
        await().atMost(TestBroker.WAIT).until(() -> broker.count(broker.deadLetterQueue()) == 2);
        Cli.Run run = Cli.run(broker.args("dlq", "replay", "billing", "charge"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .isEqualTo("Replayed 2 dead letters from " + broker.deadLetterQueue() + " to " + broker.queue() + "\n");
        await().atMost(TestBroker.WAIT).until(() -> broker.count(broker.queue()) == 2);
        assertThat(broker.count(broker.deadLetterQueue())).isZero();
        List<TestBroker.Message> copies = broker.messages(broker.queue());
        assertThat(copies).extracting(TestBroker.Message::orderId).containsExactly("o-1", "o-2");
        assertThat(copies).allSatisfy(copy -> {
            assertThat(copy.properties().getHeaders()).containsEntry("x-lightbus-replays", 1)
                    .doesNotContainKeys("x-lightbus-attempt", "x-death");
            assertThat(copy.properties().getAppId()).isEqualTo("shop");
        });

        BusApplication billing = broker.billing(WorkingBilling.class, 2);
        await().atMost(TestBroker.WAIT).untilAsserted(() -> assertThat(billing.bean(WorkingBilling.class).charged())
                .containsExactly(new WorkingBilling.Charged("o-1", 1), new WorkingBilling.Charged("o-2", 1)));
    }

    @Test
    void aReplayThatFailsAgainCountsTheReplaysInTheNewDeadLetter() throws Exception {
        broker.deadLetters(1, "o-1");
        assertThat(Cli.run(broker.args("dlq", "replay", "billing", "charge", "--json")).out())
                .contains("\"replayed\": 1");

        try (BusApplication billing = broker.billing(FailingBilling.class, 1)) {
            await().atMost(TestBroker.WAIT).until(() -> broker.count(broker.deadLetterQueue()) == 1);
        }

        assertThat(Cli.run(broker.args("dlq", "show", "billing", "charge")).out()).contains("replays:   1",
                "listener-failed after 1 attempt");
    }

    @Test
    void aReplayWithALimitMovesTheFirstOnesOfTheQueue() throws Exception {
        broker.deadLetters(1, "o-1", "o-2", "o-3");

        assertThat(Cli.run(broker.args("dlq", "replay", "billing", "charge", "--limit", "2")).exitCode()).isZero();

        await().atMost(TestBroker.WAIT).until(() -> broker.count(broker.queue()) == 2);
        assertThat(broker.orderIds(broker.queue())).containsExactly("o-1", "o-2");
        assertThat(broker.orderIds(broker.deadLetterQueue())).containsExactly("o-3");
    }

    @Test
    void aReplayInterruptedAfterSomeConfirmsLosesNothing() throws Exception {
        List<String> orders = List.of("o-1", "o-2", "o-3", "o-4", "o-5", "o-6", "o-7", "o-8", "o-9", "o-10");
        broker.deadLetters(1, orders.toArray(String[]::new));
        ReplayHook closeAfterThree = new ReplayHook() {
            @Override
            public void acknowledged(long n, Channel channel) throws IOException {
                if (n == 3) {
                    channel.getConnection().close(); // as if the command were stopped here
                }
            }
        };

        Cli.Run run = Cli.run(new CliContext(Map.of(), Cli.NO_TERMINAL, closeAfterThree),
                broker.args("dlq", "replay", "billing", "charge"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BROKER);
        assertThat(run.err()).startsWith("LBUS07008: Replay from " + broker.deadLetterQueue() + " to " + broker.queue()
                + " stopped after 3 dead letter(s) were moved");
        await().atMost(TestBroker.WAIT).until(() -> broker.count(broker.deadLetterQueue()) == 7);
        List<String> deadLetters = broker.orderIds(broker.deadLetterQueue());
        List<String> replayed = broker.orderIds(broker.queue());
        Set<String> everywhere = new HashSet<>(deadLetters);
        everywhere.addAll(replayed);
        assertThat(everywhere).containsExactlyInAnyOrderElementsOf(orders); // duplicated maybe, lost never
        // the broker puts the unacknowledged ones back, in whatever order a quorum queue takes
        assertThat(deadLetters).containsExactlyInAnyOrder("o-4", "o-5", "o-6", "o-7", "o-8", "o-9", "o-10");
        assertThat(replayed).startsWith("o-1", "o-2", "o-3");
    }

    @Test
    void aCopyTheBrokerCannotRouteIsNotAcknowledgedAndTheReplayStops() throws Exception {
        List<String> orders = List.of("o-1", "o-2", "o-3", "o-4", "o-5");
        broker.deadLetters(1, orders.toArray(String[]::new));
        ReplayHook loseTheThird = new ReplayHook() {
            @Override
            public String routingKey(long n, String queue) {
                return n == 3 ? queue + ".nowhere" : queue;
            }
        };

        Cli.Run run = Cli.run(new CliContext(Map.of(), Cli.NO_TERMINAL, loseTheThird),
                broker.args("dlq", "replay", "billing", "charge"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BROKER);
        assertThat(run.err()).contains("LBUS07009: RabbitMQ returned the copy of message",
                "as unroutable: queue " + broker.queue() + ".nowhere no longer exists");
        await().atMost(TestBroker.WAIT).until(() -> broker.count(broker.deadLetterQueue()) == 5);
        assertThat(broker.orderIds(broker.deadLetterQueue())).containsExactlyInAnyOrderElementsOf(orders);
        assertThat(broker.orderIds(broker.queue())).containsExactly("o-1", "o-2", "o-4", "o-5");
    }

    @Test
    void replayingAnEmptyDeadLetterQueueMovesNothing() throws Exception {
        broker.publishDeadLetters();

        Cli.Run run = Cli.run(broker.args("dlq", "replay", "billing", "charge"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Replayed 0 dead letters");
    }
}
