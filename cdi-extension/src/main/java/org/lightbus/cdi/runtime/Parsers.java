package org.lightbus.cdi.runtime;

import java.time.Duration;

import org.lightbus.spi.Durations;

/**
 * The parsers of {@link Setting}s. Their messages say only what is accepted: the message that reports an invalid value
 * names the value and the key, once.
 */
final class Parsers {

    private Parsers() {
    }

    static String text(String value) {
        return value;
    }

    static Duration duration(String value) {
        try {
            return Durations.parse("", value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "expected a duration: ISO-8601 (PT5S) or a number with a unit: ms, s, m, h or d (500ms, 5s)");
        }
    }

    static Duration positiveDuration(String value) {
        Duration duration = duration(value);
        if (duration.isZero()) {
            throw new IllegalArgumentException("expected a duration longer than zero");
        }
        return duration;
    }

    static Integer positiveInt(String value) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("expected a whole number of at least 1");
    }

    static Double multiplier(String value) {
        try {
            double parsed = Double.parseDouble(value);
            if (parsed >= 1.0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("expected a number of at least 1.0");
    }
}
