package org.lightbus.faults.connectionclose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lightbus.faults.support.EventRun;
import org.lightbus.faults.support.FaultReport;
import org.lightbus.faults.support.FaultSuite;
import org.lightbus.faults.support.FaultWindow;
import org.lightbus.faults.support.RabbitNode;
import org.lightbus.faults.support.Scenario;
import org.lightbus.faults.support.Tally;

/**
 * The broker closes the publisher's connection three times while it fires events: each time the publisher reconnects by
 * itself and goes on, and no event whose {@code fire()} returned is lost. The recovery printed is the longest of the
 * three.
 */
@FaultSuite
class ConnectionCloseIT {

    @Test
    void thePublisherRecoversFromEachClosedConnectionAndLosesNothing(Scenario scenario, RabbitNode node)
            throws Exception {
        EventRun run = EventRun.start(scenario, EventRun.Mode.FIRE);
        List<FaultWindow> closes = new ArrayList<>();
        long since = 0;
        for (int i = 0; i < 3; i++) {
            run.awaitConfirmedPublishedAfter(since, 600);
            FaultWindow close = FaultWindow.of(() -> assertThat(node.closeConnections("lightbus-publisher"))
                    .as("connections closed").containsExactly("lightbus-publisher"));
            closes.add(close);
            since = close.end();
        }
        run.awaitConfirmedPublishedAfter(since, 300);
        Tally tally = run.finish();

        Optional<Duration> recovery = closes.stream().map(tally::publishRecovery).flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
        FaultReport.print(tally.line(scenario.name(), recovery));
        for (FaultWindow close : closes) {
            assertThat(tally.publishRecovery(close)).as("confirms after the close at %d", close.end()).isPresent();
        }
        run.assertRecovered(tally, closes.get(closes.size() - 1));
    }
}
