package org.lightbus.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The diagnosis of {@code lightbus inspect}, from what the applications tell ({@link Description}s) and what the broker
 * tells (the listener queues): who publishes an API's events, who listens, and for each listener a verdict in plain
 * words. No I/O: the queues are looked up through the function it is given.
 */
final class Inspection {

    /** How bad a finding is. */
    enum Level {
        /** The listener gets the events. */
        OK,
        /** Worth knowing, not a fault. */
        NOTE,
        /** The listener listens to the API, but not to the event inspected. */
        NOT_BOUND,
        /** Why events do not arrive, or are not handled. */
        PROBLEM
    }

    /** One finding, in plain words. */
    record Verdict(Level level, String text) {
    }

    /**
     * What the broker says about a listener's queues.
     *
     * @param consumers
     *            consumers of the listener queue; 0 when it does not exist
     * @param unacknowledged
     *            messages delivered and not acknowledged yet; null when unknown (the management API does not answer)
     * @param bound
     *            whether the queue is bound to the API's exchange with the event as routing key; null when unknown
     * @param lastDeadLetter
     *            the most recently failed dead letter, or null if none
     */
    record QueueFacts(String queue, boolean exists, long ready, int consumers, Long unacknowledged, Boolean bound,
            String deadLetterQueue, long deadLetters, DeadLetter lastDeadLetter) {
    }

    /** An instance of a service, as last known. */
    record Instance(Description description, boolean answered) {
    }

    /** A service that owns the API or has published its events. */
    record Publisher(String service, boolean owner, List<Instance> instances, long published, Instant lastPublished) {
    }

    /**
     * A listener of the API.
     *
     * @param facts
     *            its queues; null when it listens to another event than the one inspected
     */
    record Listener(String service, String listener, String event, QueueFacts facts, List<Instance> instances,
            long delivered, Instant lastDelivered, long failed, Description.Failure lastFailure,
            List<Verdict> verdicts) {

        Level level() {
            return verdicts.stream().map(Verdict::level).max(Comparator.naturalOrder()).orElse(Level.OK);
        }
    }

    /**
     * The whole diagnosis.
     *
     * @param event
     *            the event inspected, or null for every event of the API
     * @param schemaEvents
     *            the events the owner's published schema lists, or null if no owner answered
     * @param verdicts
     *            findings about the API as a whole
     */
    record Report(String api, String event, List<String> schemaEvents, List<Publisher> publishers,
            List<Listener> listeners, List<Verdict> verdicts) {
    }

    private Inspection() {
    }

    /**
     * @param records
     *            the latest directory record of each instance
     * @param answers
     *            the descriptions of the instances that answered now, by instance id
     * @param schemaEvents
     *            the events of the owner's published schema, or null if unknown
     * @param queues
     *            looks up the queues of a listener: (service, listener) to facts
     */
    static Report inspect(String api, String event, Collection<Description> records, Map<String, Description> answers,
            List<String> schemaEvents, BiFunction<String, String, QueueFacts> queues) {
        Map<String, Instance> instances = new LinkedHashMap<>();
        for (Description record : records) {
            instances.put(record.instance(), new Instance(record, false));
        }
        answers.forEach((id, answer) -> instances.put(id, new Instance(answer, true)));
        List<Instance> concerned = instances.values().stream().filter(instance -> instance.description().concerns(api))
                .toList();
        List<Verdict> verdicts = new ArrayList<>();
        if (event != null && schemaEvents != null && !schemaEvents.contains(event)) {
            verdicts.add(new Verdict(Level.PROBLEM, "API " + api + " has no event " + event
                    + ": the schema its owner publishes lists " + list(schemaEvents)));
        }
        List<Publisher> publishers = publishers(api, event, concerned);
        if (publishers.stream().noneMatch(Publisher::owner)) {
            verdicts.add(new Verdict(Level.NOTE,
                    "no service that owns API " + api + " has recorded a start in the directory in the last 7 days"));
        } else if (publishers.stream().filter(Publisher::owner)
                .noneMatch(publisher -> publisher.instances().stream().anyMatch(Instance::answered))) {
            verdicts.add(new Verdict(Level.NOTE, "no instance of the owner of API " + api + " answers now"));
        }
        List<Listener> listeners = listeners(api, event, concerned, queues);
        if (listeners.stream().noneMatch(listener -> listener.facts() != null)) {
            verdicts.add(new Verdict(Level.PROBLEM,
                    "no service listens to " + (event == null ? "API " + api : api + "." + event)
                            + " (none has recorded such a listener in the last 7 days)"));
        }
        return new Report(api, event, schemaEvents, publishers, listeners, List.copyOf(verdicts));
    }

    private static List<Publisher> publishers(String api, String event, List<Instance> concerned) {
        Map<String, List<Instance>> byService = new TreeMap<>();
        for (Instance instance : concerned) {
            Description description = instance.description();
            boolean publishes = description.published().stream().anyMatch(p -> matches(p.api(), p.event(), api, event));
            if (description.owns().contains(api) || publishes) {
                byService.computeIfAbsent(description.service(), service -> new ArrayList<>()).add(instance);
            }
        }
        List<Publisher> publishers = new ArrayList<>();
        byService.forEach((service, list) -> {
            long count = 0;
            Instant last = null;
            for (Instance instance : list) {
                for (Description.Published published : instance.description().published()) {
                    if (matches(published.api(), published.event(), api, event)) {
                        count += published.count();
                        last = latest(last, published.last());
                    }
                }
            }
            boolean owner = list.stream().anyMatch(instance -> instance.description().owns().contains(api));
            publishers.add(new Publisher(service, owner, List.copyOf(list), count, last));
        });
        return publishers;
    }

    private static List<Listener> listeners(String api, String event, List<Instance> concerned,
            BiFunction<String, String, QueueFacts> queues) {
        Map<List<String>, List<Instance>> byListener = new TreeMap<>(
                Comparator.<List<String>, String> comparing(key -> key.get(0)).thenComparing(key -> key.get(1)));
        Map<List<String>, String> events = new LinkedHashMap<>();
        for (Instance instance : concerned) {
            for (Description.Listener listener : instance.description().listeners()) {
                if (listener.api().equals(api)) {
                    List<String> key = List.of(instance.description().service(), listener.listener());
                    byListener.computeIfAbsent(key, k -> new ArrayList<>()).add(instance);
                    events.merge(key, listener.event(), (known, other) -> instance.answered() ? other : known);
                }
            }
        }
        List<Listener> listeners = new ArrayList<>();
        byListener.forEach((key, list) -> {
            String service = key.get(0);
            String name = key.get(1);
            String listensTo = events.get(key);
            long delivered = 0;
            long failed = 0;
            Instant lastDelivered = null;
            Description.Failure lastFailure = null;
            for (Instance instance : list) {
                Description.Listener seen = find(instance.description(), name);
                delivered += seen.delivered();
                failed += seen.failed();
                lastDelivered = latest(lastDelivered, seen.lastDelivered());
                if (seen.lastFailure() != null && (lastFailure == null || lastFailure.at() == null
                        || seen.lastFailure().at() != null && seen.lastFailure().at().isAfter(lastFailure.at()))) {
                    lastFailure = seen.lastFailure();
                }
            }
            if (event != null && !event.equals(listensTo)) {
                listeners.add(new Listener(service, name, listensTo, null, List.copyOf(list), delivered, lastDelivered,
                        failed, lastFailure, List.of(new Verdict(Level.NOT_BOUND,
                                "not bound to " + api + "." + event + ": it listens to " + api + "." + listensTo))));
                return;
            }
            QueueFacts facts = queues.apply(service, name);
            List<Verdict> verdicts = verdicts(service, name, facts, list, lastDelivered, failed, lastFailure);
            if (Boolean.FALSE.equals(facts.bound())) {
                verdicts.removeIf(verdict -> verdict.level() == Level.OK);
                verdicts.add(0, new Verdict(Level.PROBLEM, "its queue is not bound to the exchange of API " + api
                        + " with routing key " + listensTo + ", so it gets none of these events (an operator removed "
                        + "the binding?); an instance of " + service + " binds it again when it starts or reconnects"));
            }
            listeners.add(new Listener(service, name, listensTo, facts, List.copyOf(list), delivered, lastDelivered,
                    failed, lastFailure, verdicts));
        });
        return listeners;
    }

    private static List<Verdict> verdicts(String service, String listener, QueueFacts facts, List<Instance> instances,
            Instant lastDelivered, long failed, Description.Failure lastFailure) {
        List<Verdict> verdicts = new ArrayList<>();
        if (!facts.exists()) {
            verdicts.add(new Verdict(Level.PROBLEM,
                    "its queue " + facts.queue() + " does not exist: an operator "
                            + "deleted it, or the listener never started on this broker; an instance of " + service
                            + " declares it again when it starts"));
        } else if (facts.consumers() == 0) {
            verdicts.add(new Verdict(Level.PROBLEM, noConsumer(service, listener, instances)
                    + (facts.ready() > 0 ? "; " + count(facts.ready(), "event") + " wait in its queue" : "")));
        } else if (facts.ready() > 0) {
            verdicts.add(new Verdict(Level.NOTE,
                    count(facts.ready(), "event") + " wait in its queue for " + count(facts.consumers(), "consumer")));
        }
        if (facts.deadLetters() > 0) {
            DeadLetter last = facts.lastDeadLetter();
            String error = last == null ? ""
                    : ", last error " + Objects.requireNonNullElse(last.errorType(), "?") + ": "
                            + Objects.requireNonNullElse(last.errorMessage(), "")
                            + (last.failedAt() == null ? "" : " (" + when(last.failedAt()) + ")");
            verdicts.add(new Verdict(Level.PROBLEM, count(facts.deadLetters(), "event") + " in the dead-letter queue"
                    + error + "; see lightbus dlq show " + service + " " + listener + ", then lightbus dlq replay"));
        }
        if (failed > 0 && lastFailure != null) {
            verdicts.add(new Verdict(Level.NOTE,
                    count(failed, "delivery") + " failed since the running instances started, the last at "
                            + when(lastFailure.at()) + ": " + lastFailure.type() + ": " + lastFailure.message()));
        }
        if (verdicts.stream().noneMatch(verdict -> verdict.level() == Level.PROBLEM)) {
            verdicts.add(0,
                    new Verdict(Level.OK,
                            "receiving: " + count(facts.consumers(), "consumer")
                                    + (lastDelivered == null ? ", no delivery since the running instances started"
                                            : ", last delivery " + when(lastDelivered))));
        }
        return verdicts;
    }

    /**
     * @return why the queue has no consumer, from what the instances of the service said last
     */
    private static String noConsumer(String service, String listener, List<Instance> instances) {
        for (Instance instance : instances) {
            if (instance.answered()) {
                Description description = instance.description();
                return "no consumer connected: " + service + " runs on " + description.where() + " but its listener "
                        + "does not consume" + (Boolean.FALSE.equals(description.connected())
                                ? " (its connection to the broker is down)" : "");
            }
        }
        Instance silent = newest(instances, Description.STARTED);
        if (silent != null) {
            return "no consumer connected: the instance of " + service + " on " + silent.description().where()
                    + " started at " + when(silent.description().startedAt())
                    + " and does not answer; it may have crashed";
        }
        Instance stopped = newest(instances, Description.STOPPED);
        if (stopped != null) {
            return "no consumer connected since " + when(stopped.description().at()) + ", when the last instance of "
                    + service + " (on " + stopped.description().where() + ") stopped";
        }
        return "no consumer connected, and no instance of " + service + " with listener " + listener
                + " has recorded a start in the last 7 days";
    }

    private static Instance newest(List<Instance> instances, String moment) {
        return instances.stream().filter(instance -> moment.equals(instance.description().moment()))
                .max(Comparator
                        .comparing(instance -> Objects.requireNonNullElse(instance.description().at(), Instant.EPOCH)))
                .orElse(null);
    }

    private static Description.Listener find(Description description, String name) {
        return description.listeners().stream().filter(listener -> listener.listener().equals(name)).findFirst()
                .orElseThrow();
    }

    private static boolean matches(String api, String event, String wantedApi, String wantedEvent) {
        return api.equals(wantedApi) && (wantedEvent == null || wantedEvent.equals(event));
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /**
     * @return the time to the second, e.g. {@code 2026-12-06T08:12:01Z}, or {@code never}
     */
    static String when(Instant instant) {
        return instant == null ? "never" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * @return e.g. {@code 1 event}, {@code 2 events}, {@code 3 deliveries}
     */
    static String count(long count, String noun) {
        if (count == 1) {
            return "1 " + noun;
        }
        return count + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
