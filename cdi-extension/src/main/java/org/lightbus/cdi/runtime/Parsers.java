package org.lightbus.cdi.runtime;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lightbus.cdi.model.Names;
import org.lightbus.spi.Durations;

/**
 * The parsers of {@link Setting}s. Their messages say only what is accepted: the message that reports an invalid value
 * names the value and the key, once.
 */
final class Parsers {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KiB|MiB|GiB)?");

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

    /**
     * @return a size in bytes: a whole number, or with a binary unit, {@code 512KiB}, {@code 1MiB}, {@code 2GiB}; at
     *         least 1 byte
     */
    static Long size(String value) {
        Matcher matcher = SIZE.matcher(value);
        if (matcher.matches()) {
            try {
                long amount = Long.parseLong(matcher.group(1));
                long bytes = switch (matcher.group(2) == null ? "B" : matcher.group(2)) {
                case "KiB" -> Math.multiplyExact(amount, 1024L);
                case "MiB" -> Math.multiplyExact(amount, 1024L * 1024);
                case "GiB" -> Math.multiplyExact(amount, 1024L * 1024 * 1024);
                default -> amount; // B
                };
                if (bytes >= 1) {
                    return bytes;
                }
            } catch (NumberFormatException | ArithmeticException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException(
                "expected a size of at least 1 byte: a whole number of bytes, or with a unit: KiB, MiB or GiB (512KiB, "
                        + "1MiB)");
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

    static Boolean bool(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw new IllegalArgumentException("expected true or false");
    }

    static Set<String> apiNames(String value) {
        Set<String> names = new TreeSet<>();
        for (String part : value.split(",")) {
            String name = part.trim();
            if (!name.isEmpty() && !Names.isValidBusName(name)) {
                throw new IllegalArgumentException("expected API names separated by commas (auth, acme.billing): "
                        + "lowercase letters, digits, '_' and '-', with '.' between parts");
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return Set.copyOf(names);
    }
}
