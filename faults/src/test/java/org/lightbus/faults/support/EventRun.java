package org.lightbus.faults.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.awaitility.core.ConditionTimeoutException;
import org.lightbus.faults.apps.ListenerApp;
import org.lightbus.faults.apps.PublisherApp;

/**
 * The events part of a scenario: a listener process ({@code listener-1}, service {@code listener}) and a publisher
 * process ({@code publisher}, service {@code publisher}) publishing numbered events at a steady rate, the waits a
 * scenario needs around its fault, and the tally at the end.
 */
public final class EventRun {

    /** How the publisher publishes. */
    public enum Mode {
        /** {@code Event.fire()} from 4 threads, each waiting for its confirm. */
        FIRE("fire", 4),
        /** {@code EventPublisher.publish()} from one thread, up to 64 events in flight. */
        PUBLISHER("publisher", 64);

        private final String argument;
        private final int concurrency;

        Mode(String argument, int concurrency) {
            this.argument = argument;
            this.concurrency = concurrency;
        }
    }

    /** The publisher publishes at least this many events. */
    public static final int COUNT = 5_000;
    /** Events per second: slow enough that publishing goes on through a broker restart. */
    private static final int RATE = 400;
    private static final Duration PROGRESS = Duration.ofSeconds(90);
    private static final Duration PUBLISHER_EXIT = Duration.ofSeconds(90);
    private static final Duration DELIVERY = Duration.ofSeconds(60);

    private final Scenario scenario;
    private final Map<String, AppProcess> listeners = new LinkedHashMap<>();
    private AppProcess publisher;

    private EventRun(Scenario scenario) {
        this.scenario = scenario;
    }

    /**
     * Starts {@code listener-1} and the publisher (in parallel), and lets the publisher go once the listener's queue
     * exists.
     */
    public static EventRun start(Scenario scenario, Mode mode) {
        EventRun run = new EventRun(scenario);
        AppProcess listener = run.launchListener("listener-1");
        run.launchPublisher(mode);
        listener.awaitReady();
        run.publisher.awaitReady().send("go");
        return run;
    }

    /**
     * A run without processes yet: the scenario starts them with {@link #startListener} and {@link #startPublisher}.
     */
    public static EventRun prepare(Scenario scenario) {
        return new EventRun(scenario);
    }

    /** Starts the publisher, waits for it to be ready and lets it go. */
    public AppProcess startPublisher(Mode mode) {
        launchPublisher(mode);
        publisher.awaitReady().send("go");
        return publisher;
    }

    private void launchPublisher(Mode mode) {
        publisher = scenario.launch("publisher", "publisher", PublisherApp.class, mode.argument,
                Integer.toString(COUNT), Integer.toString(RATE), Integer.toString(mode.concurrency),
                scenario.file("publisher.confirmed").toString(), scenario.file("publisher.failed").toString());
    }

    /** Starts another listener process of the same service, which competes for the same queue, and waits for it. */
    public AppProcess startListener(String name) {
        return launchListener(name).awaitReady();
    }

    /** @return the listener process of that name */
    public AppProcess listener(String name) {
        return listeners.get(name);
    }

    /** @return the publisher process */
    public AppProcess publisher() {
        return publisher;
    }

    /** @return the journals as they are now */
    public Tally tally() {
        Map<String, Path> journals = new LinkedHashMap<>();
        listeners.keySet().forEach(name -> journals.put(name, scenario.file(name + ".received")));
        return Tally.read(scenario.file("publisher.confirmed"), scenario.file("publisher.failed"), journals);
    }

    /** Waits until the broker has confirmed this many events. */
    public void awaitConfirmed(int events) {
        awaitConfirmedPublishedAfter(0, events);
    }

    /** Waits until the broker has confirmed this many events published at or after a time (epoch ms). */
    public void awaitConfirmedPublishedAfter(long time, int events) {
        await("%d confirms of events published since %d".formatted(events, time)).atMost(PROGRESS)
                .pollInterval(Duration.ofMillis(100)).until(() -> {
                    if (!publisher.isAlive()) {
                        throw new IllegalStateException("the publisher exited: " + publisher.logTail());
                    }
                    return tally().confirmedPublishedAfter(time) >= events;
                });
    }

    /** Waits until a listener process has received this many events. */
    public void awaitReceivedBy(String listener, int events) {
        await("%s received %d events".formatted(listener, events)).atMost(PROGRESS).pollInterval(Duration.ofMillis(100))
                .until(() -> tally().receivedBy(listener) >= events);
    }

    /**
     * Tells the publisher to finish, waits for it to exit normally (every publish settled), then for the listeners to
     * receive every confirmed event, within bounds.
     *
     * @return the final tally; events still not received after the wait are its {@link Tally#lost()}
     */
    public Tally finish() {
        publisher.send("finish");
        assertThat(publisher.awaitExit(PUBLISHER_EXIT))
                .as(() -> "the publisher's exit code (0: every publish settled)" + publisher.logTail()).isZero();
        try {
            await().atMost(DELIVERY).pollInterval(Duration.ofMillis(200)).until(() -> tally().lost().isEmpty());
        } catch (ConditionTimeoutException e) {
            // reported by the scenario's assertion, with the numbers
        }
        return tally();
    }

    /**
     * Asserts what every event scenario promises: nothing confirmed is lost, no publish failed (they were held through
     * the fault and sent after it), and {@code listener-1} recovered without a restart (it runs and received events
     * published after the fault).
     */
    public void assertRecovered(Tally tally, FaultWindow fault) {
        assertThat(tally.lost()).as("events the broker confirmed that no listener received").isEmpty();
        assertThat(tally.failed()).as("publishes that failed: a short outage is ridden out, its events held and sent")
                .isZero();
        AppProcess listener = listener("listener-1");
        assertThat(listener.isAlive()).as(() -> "listener-1 runs" + listener.logTail()).isTrue();
        assertThat(tally.receivedBy("listener-1", fault.end()))
                .as("events published after the fault that listener-1 received").isPositive();
    }

    private AppProcess launchListener(String name) {
        AppProcess listener = scenario.launch(name, "listener", ListenerApp.class,
                scenario.file(name + ".received").toString());
        listeners.put(name, listener);
        return listener;
    }
}
