package org.lightbus.faults.brokercrashpublisher;

import org.junit.jupiter.api.Test;
import org.lightbus.faults.support.EventRun;
import org.lightbus.faults.support.FaultReport;
import org.lightbus.faults.support.FaultSuite;
import org.lightbus.faults.support.FaultWindow;
import org.lightbus.faults.support.RabbitNode;
import org.lightbus.faults.support.Scenario;
import org.lightbus.faults.support.Tally;

/**
 * The broker is killed ({@code kill -9}) and restarted while an application publishes events with
 * {@code EventPublisher}, 64 in flight, to a listener in another process: no event whose stage completed is lost, and
 * both applications go on without a restart.
 */
@FaultSuite
class BrokerCrashPublisherIT {

    @Test
    void nothingConfirmedIsLostWhenTheBrokerCrashesUnderEventPublisher(Scenario scenario, RabbitNode node)
            throws Exception {
        EventRun run = EventRun.start(scenario, EventRun.Mode.PUBLISHER);
        run.awaitConfirmed(1_000);

        FaultWindow crash = FaultWindow.of(node::kill9);
        node.restart();
        run.awaitConfirmedPublishedAfter(crash.end(), 300);
        Tally tally = run.finish();

        FaultReport.print(tally.line(scenario.name(), tally.publishRecovery(crash)));
        run.assertRecovered(tally, crash);
    }
}
