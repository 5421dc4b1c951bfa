package org.lightbus.faults.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.lightbus.faults.apps.Journal;

/**
 * What a publisher saw confirmed and failed, and what listeners received, counted against each other: an event
 * confirmed but never received is lost; a delivery beyond an event's first is a duplicate.
 */
public final class Tally {

    /** An event the broker confirmed. Times are epoch milliseconds. */
    public record Confirm(long number, long publishedAt, long confirmedAt) {
    }

    /** A publish that failed, with the exception's simple type name and Lightbus error code ({@code -} if none). */
    public record Failure(long number, long publishedAt, long failedAt, String type, String code) {
    }

    /** One delivery of an event to a listener process. */
    public record Delivery(long number, long receivedAt, String listener) {
    }

    private final Map<Long, Confirm> confirmed = new HashMap<>();
    private final List<Failure> failed;
    private final List<Delivery> received;

    private Tally(List<Confirm> confirmed, List<Failure> failed, List<Delivery> received) {
        confirmed.forEach(confirm -> this.confirmed.put(confirm.number(), confirm));
        this.failed = List.copyOf(failed);
        this.received = List.copyOf(received);
    }

    /** A tally of these observations. */
    public static Tally of(List<Confirm> confirmed, List<Failure> failed, List<Delivery> received) {
        return new Tally(confirmed, failed, received);
    }

    /**
     * Reads the journals of a publisher and of listener processes ({@link org.lightbus.faults.apps.PublisherApp},
     * {@link org.lightbus.faults.apps.ListenerApp}).
     *
     * @param listeners
     *            each listener process's name and journal
     */
    public static Tally read(Path confirmedJournal, Path failedJournal, Map<String, Path> listeners) {
        List<Confirm> confirmed = Journal.lines(confirmedJournal).stream().map(line -> line.split(" "))
                .map(f -> new Confirm(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]))).toList();
        List<Failure> failed = Journal.lines(failedJournal).stream().map(line -> line.split(" "))
                .map(f -> new Failure(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), f[3], f[4]))
                .toList();
        List<Delivery> received = new ArrayList<>();
        listeners.forEach((listener, journal) -> Journal.lines(journal).stream().map(line -> line.split(" "))
                .map(f -> new Delivery(Long.parseLong(f[0]), Long.parseLong(f[1]), listener)).forEach(received::add));
        return new Tally(confirmed, failed, received);
    }

    /** @return how many events the broker confirmed */
    public int confirmed() {
        return confirmed.size();
    }

    /** @return how many publishes failed */
    public int failed() {
        return failed.size();
    }

    /** @return how many deliveries the listeners saw, duplicates included */
    public int received() {
        return received.size();
    }

    /** @return the deliveries beyond the first of each event */
    public int duplicated() {
        return received.size() - (int) received.stream().mapToLong(Delivery::number).distinct().count();
    }

    /** @return the events confirmed and never received */
    public SortedSet<Long> lost() {
        Set<Long> seen = received.stream().map(Delivery::number).collect(Collectors.toSet());
        SortedSet<Long> lost = new TreeSet<>(confirmed.keySet());
        lost.removeAll(seen);
        return lost;
    }

    /** @return the exception types publishes failed with */
    public Set<String> failureTypes() {
        return failed.stream().map(Failure::type).collect(Collectors.toCollection(TreeSet::new));
    }

    /** @return the events published at or after this time that the broker confirmed */
    public long confirmedPublishedAfter(long time) {
        return confirmed.values().stream().filter(confirm -> confirm.publishedAt() >= time).count();
    }

    /** @return the events published at or after {@code from} that the broker confirmed before {@code until} */
    public long confirmedDuring(long from, long until) {
        return confirmed.values().stream()
                .filter(confirm -> confirm.publishedAt() >= from && confirm.confirmedAt() < until).count();
    }

    /** @return the events this listener process received, counted once each */
    public long receivedBy(String listener) {
        return received.stream().filter(delivery -> delivery.listener().equals(listener)).map(Delivery::number)
                .distinct().count();
    }

    /** @return the events published at or after this time, confirmed, and received by this listener process */
    public long receivedBy(String listener, long publishedAfter) {
        Set<Long> numbers = new HashSet<>();
        for (Delivery delivery : received) {
            Confirm confirm = confirmed.get(delivery.number());
            if (delivery.listener().equals(listener) && confirm != null && confirm.publishedAt() >= publishedAfter) {
                numbers.add(delivery.number());
            }
        }
        return numbers.size();
    }

    /**
     * @return from the end of the fault to the first confirm of an event published since the fault began, if any
     */
    public Optional<Duration> publishRecovery(FaultWindow fault) {
        return confirmed.values().stream()
                .filter(confirm -> confirm.publishedAt() >= fault.start() && confirm.confirmedAt() >= fault.end())
                .mapToLong(Confirm::confirmedAt).min().stream().mapToObj(at -> Duration.ofMillis(at - fault.end()))
                .findFirst();
    }

    /** @return from the end of the fault to the first event this listener process received after it, if any */
    public Optional<Duration> receiveRecovery(String listener, FaultWindow fault) {
        return received.stream().filter(d -> d.listener().equals(listener) && d.receivedAt() >= fault.end())
                .mapToLong(Delivery::receivedAt).min().stream().mapToObj(at -> Duration.ofMillis(at - fault.end()))
                .findFirst();
    }

    /** @return {@code FAULT <scenario>: confirmed=.. failed=.. received=.. lost=.. duplicated=.. recovery=..s} */
    public String line(String scenario, Optional<Duration> recovery) {
        return String.format("FAULT %s: confirmed=%d failed=%d received=%d lost=%d duplicated=%d recovery=%s", scenario,
                confirmed(), failed(), received(), lost().size(), duplicated(),
                recovery.map(FaultReport::seconds).orElse("none"));
    }
}
