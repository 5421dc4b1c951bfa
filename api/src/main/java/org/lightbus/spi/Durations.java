package org.lightbus.spi;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses duration settings: ISO-8601 ({@code PT5S}) or a whole number with a unit suffix ({@code 500ms}, {@code 5s},
 * {@code 2m}, {@code 1h}, {@code 1d}).
 */
public final class Durations {

    private static final Pattern WITH_UNIT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private Durations() {
    }

    /**
     * @param key
     *            the configuration key the value came from, for the error message
     * @param value
     *            the text to parse
     *
     * @return the duration, never negative
     *
     * @throws IllegalArgumentException
     *             naming the key and the accepted forms, if the value is not a duration
     */
    public static Duration parse(String key, String value) {
        String text = value.trim();
        Matcher matcher = WITH_UNIT.matcher(text);
        if (matcher.matches()) {
            try {
                long amount = Long.parseLong(matcher.group(1));
                return switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
                };
            } catch (NumberFormatException | ArithmeticException e) {
                // too large for a Duration: fall through to the error below
            }
        }
        try {
            Duration parsed = Duration.parse(text);
            if (!parsed.isNegative()) {
                return parsed;
            }
        } catch (DateTimeParseException e) {
            // fall through to the error below
        }
        throw new IllegalArgumentException("The value '" + value + "' of " + key
                + " is not a duration: use ISO-8601 (PT5S) or a number with a unit: ms, s, m, h or d (500ms, 5s)");
    }
}
