package org.lightbus.faults.listenercrash;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lightbus.faults.support.AppProcess;
import org.lightbus.faults.support.EventRun;
import org.lightbus.faults.support.FaultReport;
import org.lightbus.faults.support.FaultSuite;
import org.lightbus.faults.support.FaultWindow;
import org.lightbus.faults.support.Scenario;
import org.lightbus.faults.support.Tally;

/**
 * The listener's process is killed in the middle of a stream of events and a new instance of it is started: every
 * confirmed event is received (the events the dead process had received but not acknowledged arrive again, so
 * duplicates are allowed), and the publisher, which saw nothing of it, published without a failure.
 */
@FaultSuite
class ListenerCrashIT {

    @Test
    void aNewListenerProcessGetsEverythingTheKilledOneDidNotAcknowledge(Scenario scenario) throws Exception {
        EventRun run = EventRun.start(scenario, EventRun.Mode.PUBLISHER);
        run.awaitReceivedBy("listener-1", 1_500);

        AppProcess first = run.listener("listener-1");
        FaultWindow crash = FaultWindow.of(first::kill);
        run.startListener("listener-2");
        run.awaitReceivedBy("listener-2", 300);
        Tally tally = run.finish();

        FaultReport.print(tally.line(scenario.name(), tally.receiveRecovery("listener-2", crash)));
        assertThat(tally.lost()).as("events the broker confirmed that no listener received").isEmpty();
        assertThat(tally.failed()).as("publishes that failed").isZero();
        assertThat(tally.receivedBy("listener-2", crash.end()))
                .as("events published after the crash that the new listener received").isPositive();
    }
}
