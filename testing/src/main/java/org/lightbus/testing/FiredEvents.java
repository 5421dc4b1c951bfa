package org.lightbus.testing;

import static org.lightbus.testing.TestKitMessages.MESSAGES;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.lightbus.cdi.model.EventType;
import org.lightbus.cdi.model.EventTypes;
import org.lightbus.spi.OutgoingEvent;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The events an application fired, as {@link TestBus} reads and asserts them.
 */
final class FiredEvents {

    private final List<OutgoingEvent> published;
    private final EventTypes eventTypes;
    private final WireValues values;

    FiredEvents(List<OutgoingEvent> published, EventTypes eventTypes, WireValues values) {
        this.published = published;
        this.eventTypes = eventTypes;
        this.values = values;
    }

    <T> List<T> of(Class<T> type) {
        return of(eventType(type)).stream().map(event -> decode(event, type)).toList();
    }

    void assertFired(Object event, Times times) {
        Objects.requireNonNull(event, "event");
        EventType eventType = eventType(event.getClass());
        JsonNode expected = values.tree(event);
        List<Report.Candidate> fired = candidates(of(eventType), event.getClass());
        long count = fired.stream().filter(candidate -> candidate.tree().equals(expected)).count();
        if (!times.allows((int) count)) {
            String first = MESSAGES.firedCount(eventType.fullName() + " " + event, times.toString(),
                    Times.plural((int) count));
            throw new AssertionError(first + "\n" + (fired.isEmpty() ? nothingOfType(eventType)
                    : Report.closest("Fired " + eventType.fullName() + " events", expected, fired)));
        }
    }

    /**
     * @param description
     *            how the message names the matcher, e.g. {@code " matching the predicate"}, or empty
     */
    <T> void assertFired(Class<T> type, Predicate<? super T> matching, String description, Times times) {
        EventType eventType = eventType(type);
        List<OutgoingEvent> fired = of(eventType);
        long count = fired.stream().map(event -> decode(event, type)).filter(matching).count();
        if (!times.allows((int) count)) {
            String first = MESSAGES.firedCount(eventType.fullName() + description, times.toString(),
                    Times.plural((int) count));
            throw new AssertionError(first + "\n" + (fired.isEmpty() ? nothingOfType(eventType)
                    : Report.list("Fired " + eventType.fullName() + " events", candidates(fired, type))));
        }
    }

    /**
     * @throws IllegalArgumentException
     *             if the type is not a bus event
     */
    EventType eventType(Class<?> type) {
        EventTypes.Inspection inspection = eventTypes.inspect(Objects.requireNonNull(type, "type"));
        if (!inspection.isValid()) {
            throw new IllegalArgumentException(
                    MESSAGES.notAnEvent(type.getName(), String.join("; ", inspection.problems())));
        }
        return inspection.eventType();
    }

    private List<OutgoingEvent> of(EventType eventType) {
        return published.stream()
                .filter(event -> event.api().equals(eventType.api()) && event.eventName().equals(eventType.name()))
                .toList();
    }

    private String nothingOfType(EventType eventType) {
        return "No " + eventType.fullName() + " was fired. Events fired: "
                + Report.counts(published.stream().map(event -> event.api() + "." + event.eventName()).toList());
    }

    private List<Report.Candidate> candidates(List<OutgoingEvent> events, Class<?> type) {
        return events.stream().map(event -> {
            JsonNode tree = values.read(event.body());
            String text;
            try {
                text = String.valueOf(values.codec().decode(event.body(), type));
            } catch (IOException | RuntimeException e) {
                text = tree.toString();
            }
            return new Report.Candidate(text, tree);
        }).toList();
    }

    private <T> T decode(OutgoingEvent event, Class<T> type) {
        try {
            return values.codec().decode(event.body(), type);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot decode " + event.api() + "." + event.eventName() + ": " + e, e);
        }
    }
}
