package org.lightbus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code dlq show} on many dead letters, all of them or some: every one stays in the queue; a classic queue keeps their
 * order (a quorum queue need not: RabbitMQ 3.10 returns more than about thirty in another order).
 */
class DlqShowManyTest {

    private final List<String> orders = IntStream.rangeClosed(1, 50).mapToObj(i -> "o-" + i).toList();
    private TestBroker broker;

    @BeforeEach
    void start() throws Exception {
        broker = new TestBroker();
    }

    @AfterEach
    void cleanUp() throws Exception {
        broker.close();
    }

    @ParameterizedTest
    @CsvSource({ "classic,100", "classic,40", "quorum,100", "quorum,40" })
    void everyDeadLetterStays(String queueType, int limit) throws Exception {
        broker.queueType = queueType;
        broker.publishDeadLetters(orders.toArray(String[]::new));

        Cli.Run run = Cli.run(broker.args("dlq", "show", "billing", "charge", "--limit", Integer.toString(limit)));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("[" + Math.min(limit, 50) + "] shop.order_placed")
                .doesNotContain("[" + (Math.min(limit, 50) + 1) + "]");
        await().atMost(TestBroker.WAIT).until(() -> broker.count(broker.deadLetterQueue()) == orders.size());
        List<String> after = broker.orderIds(broker.deadLetterQueue());
        if (queueType.equals("classic")) {
            assertThat(after).containsExactlyElementsOf(orders);
        } else {
            assertThat(after).containsExactlyInAnyOrderElementsOf(orders);
        }
    }
}
