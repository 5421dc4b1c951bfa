package org.lightbus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lightbus.cli.Inspection.Level;
import org.lightbus.cli.Inspection.QueueFacts;
import org.lightbus.cli.Inspection.Report;
import org.lightbus.cli.Inspection.Verdict;

/**
 * The verdicts of {@code inspect} for the states that the tests against RabbitMQ do not reach: an instance that
 * crashed, one whose connection is down, a missing queue, a backlog, an event the schema does not have.
 */
class InspectionTest {

    private static final Instant STARTED = Instant.parse("2026-12-06T08:00:00.123Z");
    private static final String QUEUE = "lightbus.billing.charge";

    @Test
    void anInstanceRecordedAsStartedThatDoesNotAnswerMayHaveCrashed() {
        Report report = inspect(List.of(billing(Description.STARTED, null)), Map.of(), facts(true, 3, 0));

        assertThat(verdicts(report)).containsExactly(new Verdict(Level.PROBLEM,
                "no consumer connected: the instance "
                        + "of billing on web-1 pid 42 started at 2026-12-06T08:00:00Z and does not answer; it may have "
                        + "crashed; 3 events wait in its queue"));
    }

    @Test
    void anAnsweringInstanceWithItsConnectionDownDoesNotConsume() {
        Description running = billing(Description.RUNNING, false);

        Report report = inspect(List.of(), Map.of(running.instance(), running), facts(true, 0, 0));

        assertThat(verdicts(report)).containsExactly(new Verdict(Level.PROBLEM, "no consumer connected: billing runs "
                + "on web-1 pid 42 but its listener does not consume (its connection to the broker is down)"));
    }

    @Test
    void aMissingQueueIsDeclaredAgainByTheNextStart() {
        Report report = inspect(List.of(billing(Description.STOPPED, null)), Map.of(), facts(false, 0, 0));

        assertThat(verdicts(report)).containsExactly(new Verdict(Level.PROBLEM,
                "its queue " + QUEUE + " does not "
                        + "exist: an operator deleted it, or the listener never started on this broker; an instance of "
                        + "billing declares it again when it starts"));
    }

    @Test
    void aBacklogWithConsumersIsANoteNotAProblem() {
        Description running = billing(Description.RUNNING, true);

        Report report = inspect(List.of(), Map.of(running.instance(), running), facts(true, 7, 2));

        assertThat(verdicts(report)).containsExactly(
                new Verdict(Level.OK, "receiving: 2 consumers, no delivery since the running instances started"),
                new Verdict(Level.NOTE, "7 events wait in its queue for 2 consumers"));
        assertThat(report.listeners().get(0).level()).isEqualTo(Level.NOTE);
    }

    @Test
    void anEventTheSchemaDoesNotHaveAndNobodyListensToAreProblemsOfTheApi() {
        Report report = Inspection.inspect("shop", "order_shipped", List.of(billing(Description.STARTED, null)),
                Map.of(), List.of("order_placed"), (service, listener) -> facts(true, 0, 1));

        assertThat(report.verdicts()).extracting(Verdict::text).containsExactly(
                "API shop has no event order_shipped: the schema its owner publishes lists order_placed",
                "no service that owns API shop has recorded a start in the directory in the last 7 days",
                "no service listens to shop.order_shipped (none has recorded such a listener in the last 7 days)");
        assertThat(verdicts(report)).extracting(Verdict::level).containsExactly(Level.NOT_BOUND);
    }

    private static Report inspect(List<Description> records, Map<String, Description> answers, QueueFacts facts) {
        return Inspection.inspect("shop", "order_placed", records, answers, List.of("order_placed"),
                (service, listener) -> facts);
    }

    private static List<Verdict> verdicts(Report report) {
        assertThat(report.listeners()).hasSize(1);
        return report.listeners().get(0).verdicts();
    }

    private static QueueFacts facts(boolean exists, long ready, int consumers) {
        return new QueueFacts(QUEUE, exists, ready, consumers, null, null, QUEUE + ".dlq", 0, null);
    }

    private static Description billing(String moment, Boolean connected) {
        boolean running = Description.RUNNING.equals(moment);
        return new Description(moment, "billing", "i-1", "web-1", 42, STARTED, STARTED.plusSeconds(60), List.of(),
                List.of(), List.of(), List.of(new Description.Listener("charge", "shop", "order_placed",
                        running ? Boolean.TRUE.equals(connected) : null, 0, null, 0, null)),
                connected, List.of());
    }
}
