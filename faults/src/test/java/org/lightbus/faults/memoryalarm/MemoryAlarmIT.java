package org.lightbus.faults.memoryalarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.lightbus.faults.support.EventRun;
import org.lightbus.faults.support.FaultReport;
import org.lightbus.faults.support.FaultSuite;
import org.lightbus.faults.support.FaultWindow;
import org.lightbus.faults.support.RabbitNode;
import org.lightbus.faults.support.Scenario;
import org.lightbus.faults.support.Tally;

/**
 * The broker raises a memory alarm for a few seconds while an application publishes with {@code EventPublisher}: while
 * it lasts, nothing published is confirmed (publishes fail or wait), none confirmed is lost, and publishing resumes
 * once the alarm is cleared. The recovery printed runs from the clearing of the alarm.
 */
@FaultSuite
class MemoryAlarmIT {

    private static final Duration ALARM = Duration.ofSeconds(3);

    @Test
    void publishesAreHeldOrFailWhileTheBrokerIsBlockedAndResumeAfterwards(Scenario scenario, RabbitNode node)
            throws Exception {
        EventRun run = EventRun.start(scenario, EventRun.Mode.PUBLISHER);
        run.awaitConfirmed(1_000);

        long raised = System.currentTimeMillis();
        node.memoryAlarm(true);
        long blocked = System.currentTimeMillis(); // the node reports the alarm from here on
        // the alarm lasts this long, and all that time the broker confirms nothing published during it
        await("no confirm of an event published during the alarm").during(ALARM).atMost(ALARM.plusSeconds(5))
                .until(() -> run.tally().confirmedPublishedAfter(blocked) == 0);
        long clearing = System.currentTimeMillis();
        node.memoryAlarm(false);
        FaultWindow alarm = new FaultWindow(raised, System.currentTimeMillis());
        run.awaitConfirmedPublishedAfter(alarm.end(), 300);
        Tally tally = run.finish();

        FaultReport.print(tally.line(scenario.name(), tally.publishRecovery(alarm)));
        assertThat(tally.confirmedDuring(blocked, clearing))
                .as("events published while the alarm was raised and confirmed before it was cleared").isZero();
        run.assertRecovered(tally, alarm);
    }
}
