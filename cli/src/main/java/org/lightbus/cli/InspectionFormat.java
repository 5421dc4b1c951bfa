package org.lightbus.cli;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How {@code lightbus inspect} prints an {@link Inspection.Report}: text for people, one JSON document for scripts.
 */
final class InspectionFormat {

    private InspectionFormat() {
    }

    static String text(String namespace, Inspection.Report report) {
        StringBuilder out = new StringBuilder();
        out.append(report.event() == null ? "API " + report.api() : report.api() + "." + report.event())
                .append("  (namespace ").append(namespace).append(")\n");
        out.append("Schema: ")
                .append(report.schemaEvents() == null ? "no owner answered"
                        : "events "
                                + (report.schemaEvents().isEmpty() ? "none" : String.join(", ", report.schemaEvents())))
                .append("\n");
        report.verdicts().forEach(verdict -> verdict(out, "", verdict));
        out.append("\nPublishers\n");
        if (report.publishers().isEmpty()) {
            out.append("  none known\n");
        }
        for (Inspection.Publisher publisher : report.publishers()) {
            out.append("  ").append(publisher.service()).append(publisher.owner() ? " (owner)" : "").append(": ")
                    .append(instances(publisher.instances())).append("\n");
            out.append("    published since start: ").append(publisher.published()).append(", last ")
                    .append(Inspection.when(publisher.lastPublished())).append("\n");
        }
        out.append("\nListeners\n");
        if (report.listeners().isEmpty()) {
            out.append("  none known\n");
        }
        for (Inspection.Listener listener : report.listeners()) {
            out.append("  ").append(listener.service()).append(" ").append(listener.listener()).append(" <- ")
                    .append(report.api()).append(".").append(listener.event()).append("\n");
            out.append("    instances: ").append(instances(listener.instances())).append("\n");
            Inspection.QueueFacts facts = listener.facts();
            if (facts != null) {
                out.append("    queue ").append(facts.queue()).append(": ")
                        .append(facts.exists()
                                ? Inspection.count(facts.consumers(), "consumer") + ", " + facts.ready() + " ready, "
                                        + (facts.unacknowledged() == null ? "unacknowledged unknown (no management API)"
                                                : facts.unacknowledged() + " unacknowledged")
                                : "does not exist")
                        .append("\n");
                out.append("    dead letters: ").append(facts.deadLetters()).append(" in ")
                        .append(facts.deadLetterQueue()).append("\n");
                out.append("    delivered since start: ").append(listener.delivered()).append(", last ")
                        .append(Inspection.when(listener.lastDelivered())).append("; failed: ")
                        .append(listener.failed()).append("\n");
            }
            listener.verdicts().forEach(verdict -> verdict(out, "    ", verdict));
        }
        return out.toString();
    }

    static ObjectNode json(String namespace, Inspection.Report report) {
        ObjectNode document = Json.object();
        document.put("namespace", namespace).put("api", report.api()).put("event", report.event());
        if (report.schemaEvents() != null) {
            ArrayNode events = document.putArray("schemaEvents");
            report.schemaEvents().forEach(events::add);
        } else {
            document.putNull("schemaEvents");
        }
        verdicts(document.putArray("verdicts"), report.verdicts());
        ArrayNode publishers = document.putArray("publishers");
        for (Inspection.Publisher publisher : report.publishers()) {
            ObjectNode node = publishers.addObject().put("service", publisher.service()).put("owner", publisher.owner())
                    .put("published", publisher.published()).put("lastPublished", text(publisher.lastPublished()));
            instances(node.putArray("instances"), publisher.instances());
        }
        ArrayNode listeners = document.putArray("listeners");
        for (Inspection.Listener listener : report.listeners()) {
            ObjectNode node = listeners.addObject().put("service", listener.service())
                    .put("listener", listener.listener()).put("event", listener.event())
                    .put("level", listener.level().name()).put("delivered", listener.delivered())
                    .put("lastDelivered", text(listener.lastDelivered())).put("failed", listener.failed());
            Inspection.QueueFacts facts = listener.facts();
            if (facts != null) {
                ObjectNode queue = node.putObject("queue").put("name", facts.queue()).put("exists", facts.exists())
                        .put("consumers", facts.consumers()).put("ready", facts.ready())
                        .put("unacknowledged", facts.unacknowledged()).put("bound", facts.bound())
                        .put("deadLetterQueue", facts.deadLetterQueue()).put("deadLetters", facts.deadLetters());
                DeadLetter last = facts.lastDeadLetter();
                if (last != null) {
                    queue.putObject("lastDeadLetter").put("failedAt", text(last.failedAt()))
                            .put("reason", last.reason()).put("errorType", last.errorType())
                            .put("errorMessage", last.errorMessage());
                }
            }
            instances(node.putArray("instances"), listener.instances());
            verdicts(node.putArray("verdicts"), listener.verdicts());
        }
        return document;
    }

    private static void verdict(StringBuilder out, String indent, Inspection.Verdict verdict) {
        out.append(indent).append(switch (verdict.level()) {
        case OK -> "OK: ";
        case NOTE -> "Note: ";
        case NOT_BOUND -> "Not bound: ";
        case PROBLEM -> "PROBLEM: ";
        }).append(verdict.text()).append("\n");
    }

    private static String instances(List<Inspection.Instance> instances) {
        StringBuilder out = new StringBuilder();
        for (Inspection.Instance instance : instances) {
            Description description = instance.description();
            out.append(out.length() == 0 ? "" : "; ").append(description.where()).append(" ")
                    .append(instance.answered() ? "running since " + Inspection.when(description.startedAt())
                            : Description.STOPPED.equals(description.moment())
                                    ? "stopped at " + Inspection.when(description.at())
                                    : "started at " + Inspection.when(description.startedAt()) + ", not answering");
        }
        return out.length() == 0 ? "none known" : out.toString();
    }

    private static void instances(ArrayNode array, List<Inspection.Instance> instances) {
        for (Inspection.Instance instance : instances) {
            Description description = instance.description();
            array.addObject().put("instance", description.instance()).put("host", description.host())
                    .put("pid", description.pid())
                    .put("state",
                            instance.answered() ? "running"
                                    : Description.STOPPED.equals(description.moment()) ? "stopped" : "not answering")
                    .put("startedAt", text(description.startedAt())).put("at", text(description.at()));
        }
    }

    private static void verdicts(ArrayNode array, List<Inspection.Verdict> verdicts) {
        verdicts.forEach(verdict -> array.addObject().put("level", verdict.level().name()).put("text", verdict.text()));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
