package org.lightbus.faults.brokercrashfire;

import org.junit.jupiter.api.Test;
import org.lightbus.faults.support.EventRun;
import org.lightbus.faults.support.FaultReport;
import org.lightbus.faults.support.FaultSuite;
import org.lightbus.faults.support.FaultWindow;
import org.lightbus.faults.support.RabbitNode;
import org.lightbus.faults.support.Scenario;
import org.lightbus.faults.support.Tally;

/**
 * The broker is killed ({@code kill -9}) and restarted while an application fires events with {@code Event.fire()} from
 * several threads to a listener in another process: no event whose {@code fire()} returned is lost, and both
 * applications go on without a restart.
 */
@FaultSuite
class BrokerCrashFireIT {

    @Test
    void nothingConfirmedIsLostWhenTheBrokerCrashesUnderFire(Scenario scenario, RabbitNode node) throws Exception {
        EventRun run = EventRun.start(scenario, EventRun.Mode.FIRE);
        run.awaitConfirmed(1_000);

        FaultWindow crash = FaultWindow.of(node::kill9);
        node.restart();
        run.awaitConfirmedPublishedAfter(crash.end(), 300);
        Tally tally = run.finish();

        FaultReport.print(tally.line(scenario.name(), tally.publishRecovery(crash)));
        run.assertRecovered(tally, crash);
    }
}
