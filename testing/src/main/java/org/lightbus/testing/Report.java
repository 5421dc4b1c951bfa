package org.lightbus.testing;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The details of a failed assertion: what was sent instead, closest first, with the fields that differ.
 */
final class Report {

    /** How many candidates a message shows at most. */
    private static final int SHOWN = 5;

    /**
     * Something sent: how a test reads it, and how it travelled.
     *
     * @param text
     *            e.g. {@code UserSignedUp[username=ada, ...]} or {@code ("ada", "secret")}
     * @param tree
     *            its JSON
     */
    record Candidate(String text, JsonNode tree) {
    }

    private Report() {
    }

    /**
     * @return the candidates, closest to {@code expected} first, each with its differing fields
     */
    static String closest(String heading, JsonNode expected, List<Candidate> candidates) {
        List<Candidate> ranked = candidates.stream()
                .sorted(Comparator.comparingInt(candidate -> JsonDifference.between(expected, candidate.tree()).size()))
                .toList();
        StringBuilder text = new StringBuilder(heading).append(", closest first (").append(candidates.size())
                .append("):");
        for (Candidate candidate : ranked.subList(0, Math.min(SHOWN, ranked.size()))) {
            text.append("\n  ").append(candidate.text());
            for (JsonDifference difference : JsonDifference.between(expected, candidate.tree())) {
                text.append("\n      ").append(difference);
            }
        }
        return more(text, ranked.size());
    }

    /**
     * @return the candidates, in the order sent
     */
    static String list(String heading, List<Candidate> candidates) {
        StringBuilder text = new StringBuilder(heading).append(" (").append(candidates.size()).append("):");
        candidates.stream().limit(SHOWN).forEach(candidate -> text.append("\n  ").append(candidate.text()));
        return more(text, candidates.size());
    }

    private static String more(StringBuilder text, int size) {
        if (size > SHOWN) {
            text.append("\n  ... and ").append(size - SHOWN).append(" more");
        }
        return text.toString();
    }

    /**
     * @return e.g. {@code auth.user_signed_up (2), shop.order_placed (1)}, or {@code none}
     */
    static String counts(List<String> names) {
        if (names.isEmpty()) {
            return "none";
        }
        return names.stream()
                .collect(Collectors.groupingBy(name -> name, java.util.LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
    }
}
