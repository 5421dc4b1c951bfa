package org.lightbus.cdi.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The schema of each value type that {@link org.lightbus.cdi.codec.JsonCodec} writes as one JSON scalar: what Jackson
 * writes for it, checked by {@code JavaTimeJsonTest} for the {@code java.time} types. Where no standard {@code format}
 * matches Java's output, a {@code pattern} does.
 */
final class ValueSchemas {

    private static final String DIGITS_1_9 = "[0-9]{0,8}[1-9]";
    /** {@code DateTimeFormatter.ISO_LOCAL_DATE}: four digits, a sign beyond 9999 or below 0 */
    private static final String ISO_YEAR = "(?:[0-9]{4}|\\+[0-9]{5,9}|-[0-9]{4,9})";
    private static final String MONTH = "(?:0[1-9]|1[0-2])";
    private static final String DAY = "(?:0[1-9]|[12][0-9]|3[01])";
    private static final String HOUR_MINUTE = "(?:[01][0-9]|2[0-3]):[0-5][0-9]";
    /** {@code DateTimeFormatter.ISO_LOCAL_TIME}: always seconds, a fraction without trailing zeros */
    private static final String ISO_TIME = HOUR_MINUTE + ":[0-5][0-9](?:\\." + DIGITS_1_9 + ")?";
    private static final String GROUPED_FRACTION = "\\.(?:[0-9]{3}|[0-9]{6}|[0-9]{9})";
    /** {@code LocalTime.toString()}: seconds only when not all zero, a fraction of 3, 6 or 9 digits */
    private static final String TO_STRING_TIME = HOUR_MINUTE + "(?::(?:0[1-9]|[1-5][0-9])(?:" + GROUPED_FRACTION
            + ")?|:00" + GROUPED_FRACTION + ")?";
    private static final String OFFSET = "(?:Z|[+-](?:0[0-9]|1[0-8]):[0-5][0-9](?::[0-5][0-9])?)";

    /** Patterns of the {@code java.time} types that no standard format describes, as Jackson writes them. */
    static final String LOCAL_TIME = "^" + ISO_TIME + "$";
    static final String LOCAL_DATE_TIME = "^" + ISO_YEAR + "-" + MONTH + "-" + DAY + "T" + ISO_TIME + "$";
    static final String OFFSET_TIME = "^" + TO_STRING_TIME + OFFSET + "$";
    static final String DURATION = "^PT(?=[-0-9])(?:-?[0-9]+H)?(?:-?[0-9]+M)?(?:-?[0-9]+(?:\\." + DIGITS_1_9 + ")?S)?$";
    static final String PERIOD = "^P(?=[-0-9])(?:-?[0-9]+Y)?(?:-?[0-9]+M)?(?:-?[0-9]+D)?$";
    static final String YEAR = "^-?(?:0|[1-9][0-9]{0,8})$";
    static final String YEAR_MONTH = "^-?[0-9]{4,9}-" + MONTH + "$";
    static final String MONTH_DAY = "^--" + MONTH + "-" + DAY + "$";
    static final String ZONE_OFFSET = "^" + OFFSET + "$";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<Class<?>, ObjectNode> SCHEMAS = new HashMap<>();

    static {
        ObjectNode bool = type("boolean");
        put(bool, boolean.class, Boolean.class);
        put(integer(Byte.MIN_VALUE, Byte.MAX_VALUE), byte.class, Byte.class);
        put(integer(Short.MIN_VALUE, Short.MAX_VALUE), short.class, Short.class);
        ObjectNode int32 = integer(Integer.MIN_VALUE, Integer.MAX_VALUE).put("format", "int32");
        put(int32, int.class, Integer.class, OptionalInt.class);
        ObjectNode int64 = integer(Long.MIN_VALUE, Long.MAX_VALUE).put("format", "int64");
        put(int64, long.class, Long.class, OptionalLong.class);
        put(type("number"), float.class, Float.class, double.class, Double.class, OptionalDouble.class,
                BigDecimal.class);
        put(type("integer"), BigInteger.class);
        put(type("string").put("minLength", 1).put("maxLength", 1), char.class, Character.class);
        put(type("string"), String.class, char[].class);
        put(type("string").put("contentEncoding", "base64"), byte[].class);
        put(format("uuid"), UUID.class);
        put(format("iri-reference"), URI.class);
        put(format("date-time"), Instant.class, OffsetDateTime.class, ZonedDateTime.class);
        put(format("date"), LocalDate.class);
        put(pattern(LOCAL_TIME), LocalTime.class);
        put(pattern(LOCAL_DATE_TIME), LocalDateTime.class);
        put(pattern(OFFSET_TIME), OffsetTime.class);
        put(pattern(DURATION), Duration.class);
        put(pattern(PERIOD), Period.class);
        put(pattern(YEAR), Year.class);
        put(pattern(YEAR_MONTH), YearMonth.class);
        put(pattern(MONTH_DAY), MonthDay.class);
        put(pattern(ZONE_OFFSET), ZoneOffset.class);
    }

    private ValueSchemas() {
    }

    /**
     * @param type
     *            a class
     *
     * @return a fresh copy of its schema if it is a value type, else null; {@code OptionalInt}, {@code OptionalLong}
     *         and {@code OptionalDouble} give their value's schema, without null
     */
    static ObjectNode of(Class<?> type) {
        ObjectNode schema = SCHEMAS.get(type);
        return schema == null ? null : schema.deepCopy();
    }

    /**
     * @param type
     *            an enum
     *
     * @return a string schema listing the constants' names, which is what Jackson writes
     */
    static ObjectNode ofEnum(Class<?> type) {
        ObjectNode schema = type("string");
        for (Object constant : type.getEnumConstants()) {
            schema.withArray("enum").add(((Enum<?>) constant).name());
        }
        return schema;
    }

    private static void put(ObjectNode schema, Class<?>... types) {
        for (Class<?> type : types) {
            SCHEMAS.put(type, schema);
        }
    }

    private static ObjectNode type(String type) {
        return JSON.objectNode().put("type", type);
    }

    /** Bounds as Jackson reads them back, int where they fit, so that a parsed schema equals the generated one. */
    private static ObjectNode integer(long minimum, long maximum) {
        ObjectNode schema = type("integer");
        schema.set("minimum", minimum == (int) minimum ? JSON.numberNode((int) minimum) : JSON.numberNode(minimum));
        schema.set("maximum", maximum == (int) maximum ? JSON.numberNode((int) maximum) : JSON.numberNode(maximum));
        return schema;
    }

    private static ObjectNode format(String format) {
        return type("string").put("format", format);
    }

    private static ObjectNode pattern(String pattern) {
        return type("string").put("pattern", pattern);
    }
}
