package org.lightbus.cli;

import static org.lightbus.cli.CliMessages.MESSAGES;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The durations of the options ({@code --wait}, {@code --timeout}): a whole number with the unit {@code ms}, {@code s}
 * or {@code m}; a number alone is seconds.
 */
final class Durations {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)?");

    private Durations() {
    }

    /**
     * @param option
     *            the option, for the message ({@code --wait})
     *
     * @return the duration, at least 1 ms
     *
     * @throws CliException
     *             (usage) if it is not a duration or is zero
     */
    static Duration parse(String option, String value) {
        Matcher matcher = DURATION.matcher(value == null ? "" : value.trim());
        if (!matcher.matches()) {
            throw CliException.usage(MESSAGES.invalidDuration(option, String.valueOf(value)));
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        Duration duration = switch (unit) {
        case "ms" -> Duration.ofMillis(amount);
        case "m" -> Duration.ofMinutes(amount);
        default -> Duration.ofSeconds(amount);
        };
        if (duration.isZero()) {
            throw CliException.usage(MESSAGES.invalidDuration(option, value));
        }
        return duration;
    }

    /**
     * @return the duration for people: {@code 500 ms}, {@code 5 s}, {@code 1.5 s}
     */
    static String text(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s"
                : String.format(java.util.Locale.ROOT, "%.3f s", millis / 1000.0);
    }
}
