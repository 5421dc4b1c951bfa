package org.lightbus.faults.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lightbus.faults.support.Tally.Confirm;
import org.lightbus.faults.support.Tally.Delivery;
import org.lightbus.faults.support.Tally.Failure;

class TallyTest {

    private final Tally tally = Tally.of(
            List.of(new Confirm(0, 1_000, 1_001), new Confirm(1, 1_010, 1_011), new Confirm(4, 9_000, 9_500),
                    new Confirm(5, 9_100, 9_120)),
            List.of(new Failure(2, 2_000, 2_001, "PublishException", "LBUS03100"),
                    new Failure(3, 3_000, 3_001, "PublishException", "LBUS03103")),
            List.of(new Delivery(0, 1_002, "listener-1"), new Delivery(1, 1_012, "listener-1"),
                    new Delivery(1, 5_000, "listener-2"), new Delivery(3, 5_001, "listener-2"),
                    new Delivery(5, 9_200, "listener-2")));

    @Test
    void aConfirmedEventNoListenerReceivedIsLostAndARepeatedDeliveryIsADuplicate() {
        assertThat(tally.confirmed()).isEqualTo(4);
        assertThat(tally.failed()).isEqualTo(2);
        assertThat(tally.received()).isEqualTo(5);
        assertThat(tally.lost()).containsExactly(4L);
        assertThat(tally.duplicated()).isEqualTo(1);
        assertThat(tally.failureTypes()).containsExactly("PublishException");
    }

    @Test
    void recoveryRunsFromTheEndOfTheFaultToTheFirstConfirmOfAnEventPublishedSinceItBegan() {
        assertThat(tally.publishRecovery(new FaultWindow(1_005, 2_500))).contains(Duration.ofMillis(6_620));
        assertThat(tally.publishRecovery(new FaultWindow(9_200, 9_300))).isEmpty();
        assertThat(tally.receiveRecovery("listener-2", new FaultWindow(4_000, 4_500))).contains(Duration.ofMillis(500));
    }

    @Test
    void countsWhatWasPublishedAndReceivedAroundAFault() {
        assertThat(tally.confirmedPublishedAfter(1_010)).isEqualTo(3);
        assertThat(tally.confirmedDuring(1_000, 9_120)).isEqualTo(2);
        assertThat(tally.receivedBy("listener-2")).isEqualTo(3);
        assertThat(tally.receivedBy("listener-2", 1_005)).as("confirmed, published since, received by it").isEqualTo(2);
    }

    @Test
    void printsOneLineOfFigures() {
        assertThat(tally.line("broker-crash-fire", Optional.of(Duration.ofMillis(6_120)))).isEqualTo(
                "FAULT broker-crash-fire: confirmed=4 failed=2 received=5 lost=1 duplicated=1 recovery=6.1s");
        assertThat(tally.line("x", Optional.empty())).endsWith("recovery=none");
    }
}
