package org.lightbus.faults.startdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.lightbus.faults.support.EventRun;
import org.lightbus.faults.support.FaultReport;
import org.lightbus.faults.support.FaultSuite;
import org.lightbus.faults.support.FaultWindow;
import org.lightbus.faults.support.RabbitNode;
import org.lightbus.faults.support.Scenario;
import org.lightbus.faults.support.Tally;

/**
 * A listener and a publisher start while the broker is down ({@code lightbus.rabbitmq.start-mode=wait}, the default):
 * both start, the publisher fires while the broker is away (its events are held), and once the broker is back the
 * listener starts consuming and receives everything confirmed, the held events included, without a restart.
 */
@FaultSuite
class StartWithBrokerDownIT {

    @Test
    void applicationsStartedWithoutTheBrokerConnectWhenItComesUp(Scenario scenario, RabbitNode node) throws Exception {
        EventRun run = EventRun.prepare(scenario);
        // the listener's queue exists, as for a service that ran before: events published before its new instance
        // connects are kept for it
        run.startListener("listener-0").kill();

        FaultWindow outage = FaultWindow.of(() -> {
            node.kill9();
            run.startListener("listener-1");
            run.startPublisher(EventRun.Mode.FIRE);
            node.restart();
        });
        run.awaitConfirmedPublishedAfter(outage.end(), 300);
        Tally tally = run.finish();

        FaultReport.print(tally.line(scenario.name(), tally.publishRecovery(outage)));
        run.assertRecovered(tally, outage);
        assertThat(tally.confirmedPublishedAfter(outage.start()) - tally.confirmedPublishedAfter(outage.end()))
                .as("events fired while the broker was away, confirmed once it was back").isPositive();
        for (String process : new String[] { "listener-1", "publisher" }) {
            assertThat(Files.readString(scenario.file(process + ".log"))).as(process + " started without the broker")
                    .contains("LBUS03532");
        }
    }
}
