package org.lightbus.cli;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How {@code lightbus dlq show} prints dead letters: as text for people, or as one JSON document ({@code --json}).
 */
final class DeadLetterFormat {

    private static final String INDENT = "    ";

    private DeadLetterFormat() {
    }

    /**
     * @param queue
     *            the dead-letter queue
     * @param total
     *            how many dead letters it held when the command started
     * @param letters
     *            the dead letters read, in queue order
     *
     * @return the text, ending with a line break
     */
    static String text(String queue, long total, List<DeadLetter> letters) {
        StringBuilder out = new StringBuilder();
        out.append(queue).append(": ").append(count(total, "dead letter"));
        if (letters.size() < total) {
            out.append(", showing the first ").append(letters.size()).append(" (--limit)");
        }
        out.append('\n');
        int n = 0;
        for (DeadLetter letter : letters) {
            out.append('\n').append(text(++n, letter));
        }
        return out.toString();
    }

    /**
     * @return one dead letter, numbered, ending with a line break
     */
    static String text(int number, DeadLetter letter) {
        StringBuilder out = new StringBuilder();
        out.append('[').append(number).append("] ").append(letter.eventName()).append("  message ")
                .append(orDash(letter.messageId())).append('\n');
        line(out, "reason", orDash(letter.reason())
                + (letter.attempts() == null ? "" : " after " + count(letter.attempts(), "attempt")));
        line(out, "error",
                orDash(letter.errorType()) + (letter.errorMessage() == null || letter.errorMessage().isEmpty() ? ""
                        : ": " + letter.errorMessage()));
        line(out, "failed at", time(letter.failedAt()));
        line(out, "listener", orDash(letter.listener()));
        line(out, "published", time(letter.publishedAt()) + " by " + orDash(letter.sourceService()));
        line(out, "replays", Long.toString(letter.replays()));
        line(out, "body", "");
        for (String bodyLine : Json.prettyBody(letter.body()).split("\n", -1)) {
            out.append(INDENT).append(INDENT).append(bodyLine).append('\n');
        }
        return out.toString();
    }

    /**
     * @return the {@code --json} document of {@code dlq show}
     */
    static ObjectNode json(String queue, long total, List<DeadLetter> letters) {
        ObjectNode document = Json.object();
        document.put("queue", queue);
        document.put("total", total);
        ArrayNode array = document.putArray("deadLetters");
        for (DeadLetter letter : letters) {
            array.add(json(letter));
        }
        return document;
    }

    /**
     * @return one dead letter as JSON: its body as JSON when it is JSON, else as a string
     */
    static ObjectNode json(DeadLetter letter) {
        ObjectNode node = Json.object();
        node.put("messageId", letter.messageId());
        node.put("api", letter.api());
        node.put("event", letter.event());
        node.put("sourceService", letter.sourceService());
        node.put("publishedAt", letter.publishedAt() == null ? null : letter.publishedAt().toString());
        node.put("reason", letter.reason());
        node.put("attempts", letter.attempts());
        node.put("errorType", letter.errorType());
        node.put("errorMessage", letter.errorMessage());
        node.put("failedAt", letter.failedAt() == null ? null : letter.failedAt().toString());
        node.put("listener", letter.listener());
        node.put("replays", letter.replays());
        node.set("body", Json.body(letter.body()));
        return node;
    }

    /**
     * @return e.g. {@code 1 dead letter}, {@code 3 dead letters}
     */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(INDENT);
        if (value.isEmpty()) {
            out.append(label).append(':');
        } else {
            out.append(String.format("%-10s", label + ":")).append(' ').append(value);
        }
        out.append('\n');
    }

    private static String time(Instant instant) {
        return instant == null ? "-" : instant.toString();
    }

    private static String orDash(String text) {
        return text == null ? "-" : text;
    }
}
