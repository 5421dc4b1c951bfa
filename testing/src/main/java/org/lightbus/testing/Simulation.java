package org.lightbus.testing;

import java.util.List;
import java.util.stream.Collectors;

import org.lightbus.memory.ListenerOutcome;
import org.lightbus.spi.DeadLetterReason;

/**
 * What became of a simulated event at each listener of the application that observes it
 * ({@link TestBus#simulate(Object)}).
 *
 * <pre>
 * bus.simulate(new AuthApi.UserSignedUp("ada", "ada@example.com", avatar)).assertSucceeded();
 *
 * ListenerOutcome outcome = bus.simulate(broken).outcome("Images.resizeAvatar");
 * assertThat(outcome.attempts()).isEqualTo(5);
 * assertThat(outcome.deadLetterReason()).contains(DeadLetterReason.LISTENER_FAILED);
 * </pre>
 */
public final class Simulation {

    private final String event;
    private final List<ListenerOutcome> outcomes;

    Simulation(String event, List<ListenerOutcome> outcomes) {
        this.event = event;
        this.outcomes = List.copyOf(outcomes);
    }

    /**
     * @return the outcome at each listener, in the order the listeners were started
     */
    public List<ListenerOutcome> outcomes() {
        return outcomes;
    }

    /**
     * @param listenerName
     *            a listener of the application, e.g. {@code Images.resizeAvatar} or the name of its {@code @Listener}
     *
     * @return its outcome
     *
     * @throws IllegalArgumentException
     *             if no listener of that name received the event
     */
    public ListenerOutcome outcome(String listenerName) {
        return outcomes.stream().filter(outcome -> outcome.listener().endsWith("." + listenerName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No listener " + listenerName + " received " + event
                        + "; the listeners that did: " + listeners()));
    }

    /**
     * @return true if every listener handled the event
     */
    public boolean succeeded() {
        return outcomes.stream().allMatch(ListenerOutcome::succeeded);
    }

    /**
     * @return this simulation
     *
     * @throws AssertionError
     *             naming each listener that did not handle the event, with its attempts and last error
     */
    public Simulation assertSucceeded() {
        if (!succeeded()) {
            throw new AssertionError("Expected every listener to handle " + event + ", but not all did:\n"
                    + outcomes.stream().map(outcome -> "  " + outcome).collect(Collectors.joining("\n")));
        }
        return this;
    }

    /**
     * @param reason
     *            the expected reason
     *
     * @return this simulation
     *
     * @throws AssertionError
     *             unless every listener moved the event to its dead letters with that reason
     */
    public Simulation assertDeadLettered(DeadLetterReason reason) {
        if (!outcomes.stream().allMatch(outcome -> outcome.deadLetterReason().filter(reason::equals).isPresent())) {
            throw new AssertionError(
                    "Expected every listener to dead-letter " + event + " with reason " + reason.wireName() + ", but:\n"
                            + outcomes.stream().map(outcome -> "  " + outcome).collect(Collectors.joining("\n")));
        }
        return this;
    }

    private String listeners() {
        return outcomes.stream().map(ListenerOutcome::listener).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return event + ": " + outcomes;
    }
}
