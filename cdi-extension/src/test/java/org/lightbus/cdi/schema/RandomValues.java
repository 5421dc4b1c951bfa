package org.lightbus.cdi.schema;

import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Array;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Random values of the types that travel on the bus, reaching the corners the codec's output has: negative durations,
 * times with zero seconds, years beyond 9999 where the type's schema allows them, supplementary characters, empty and
 * absent optionals, nulls wherever {@code @Nullable} allows them.
 */
final class RandomValues {

    private static final int MAX_SIZE = 3;
    private static final int MAX_DEPTH = 3;
    private static final List<String> ZONES = List.of("Europe/Paris", "America/St_Johns", "Asia/Kathmandu", "UTC");
    private static final long YEAR_0 = LocalDate.of(0, 1, 1).toEpochDay();
    private static final long YEAR_9999 = LocalDate.of(9999, 12, 31).toEpochDay();
    private static final long YEAR_1970 = 0;

    private final Random random;
    private final Map<Class<?>, Function<Random, Object>> values = new HashMap<>();
    private int depth;

    RandomValues(Random random) {
        this.random = random;
        values.put(String.class, RandomValues::string);
        values.put(Character.class, RandomValues::character);
        values.put(char.class, RandomValues::character);
        values.put(boolean.class, Random::nextBoolean);
        values.put(Boolean.class, Random::nextBoolean);
        values.put(byte.class, r -> (byte) r.nextInt());
        values.put(Byte.class, r -> (byte) r.nextInt());
        values.put(short.class, r -> (short) r.nextInt());
        values.put(Short.class, r -> (short) r.nextInt());
        values.put(int.class, RandomValues::integer);
        values.put(Integer.class, RandomValues::integer);
        values.put(long.class, Random::nextLong);
        values.put(Long.class, Random::nextLong);
        values.put(float.class, RandomValues::floating);
        values.put(Float.class, RandomValues::floating);
        values.put(double.class, RandomValues::doubling);
        values.put(Double.class, RandomValues::doubling);
        values.put(BigDecimal.class, r -> new BigDecimal(new BigInteger(r.nextInt(100), r), r.nextInt(20) - 5)
                .multiply(BigDecimal.valueOf(r.nextBoolean() ? 1 : -1)));
        values.put(BigInteger.class, r -> new BigInteger(r.nextInt(130), r).subtract(BigInteger.TWO.pow(64)));
        values.put(UUID.class, r -> new UUID(r.nextLong(), r.nextLong()));
        values.put(URI.class, RandomValues::uri);
        values.put(byte[].class, r -> {
            byte[] bytes = new byte[r.nextInt(8)];
            r.nextBytes(bytes);
            return bytes;
        });
        values.put(char[].class, r -> string(r).replaceAll("[\\x{10000}-\\x{10FFFF}]", "x").toCharArray());
        values.put(Instant.class, r -> instant(r, YEAR_0));
        values.put(OffsetDateTime.class, r -> instant(r, YEAR_0).atOffset(minuteOffset(r)));
        // since 1970: before, some regions kept their local mean time, an offset in seconds that date-time cannot
        // express
        values.put(ZonedDateTime.class,
                r -> instant(r, YEAR_1970).atZone(ZoneId.of(ZONES.get(r.nextInt(ZONES.size())))));
        values.put(LocalDate.class, r -> LocalDate.ofEpochDay(r.nextLong(YEAR_0, YEAR_9999 + 1)));
        values.put(LocalTime.class, RandomValues::time);
        values.put(LocalDateTime.class, r -> LocalDateTime
                .of(r.nextInt(40_000) - 20_000, 1 + r.nextInt(12), 1 + r.nextInt(28), 0, 0).with(time(r)));
        values.put(OffsetTime.class, r -> OffsetTime.of(time(r), offset(r)));
        values.put(Duration.class,
                r -> Duration.ofSeconds(r.nextLong() % 10_000_000_000L, pick(r, 0, r.nextInt(1_000_000_000))));
        values.put(Period.class, r -> Period.of(r.nextInt(200) - 100, r.nextInt(30) - 15, r.nextInt(80) - 40));
        values.put(Year.class,
                r -> Year.of(r.nextInt(Year.MAX_VALUE) * (r.nextBoolean() ? 1 : -1) / pick(r, 1, 100_000)));
        values.put(YearMonth.class, r -> YearMonth
                .of(r.nextInt(Year.MAX_VALUE) * (r.nextBoolean() ? 1 : -1) / pick(r, 1, 100_000), 1 + r.nextInt(12)));
        values.put(MonthDay.class, r -> MonthDay.of(1 + r.nextInt(12), 1 + r.nextInt(28)));
        values.put(ZoneOffset.class, RandomValues::offset);
        values.put(OptionalInt.class, r -> r.nextBoolean() ? OptionalInt.of(r.nextInt()) : OptionalInt.empty());
        values.put(OptionalLong.class, r -> r.nextBoolean() ? OptionalLong.of(r.nextLong()) : OptionalLong.empty());
        values.put(OptionalDouble.class,
                r -> r.nextBoolean() ? OptionalDouble.of(doubling(r)) : OptionalDouble.empty());
    }

    /**
     * @param type
     *            a type that travels, with its type-use annotations
     *
     * @return a random value of it; null only where the type carries {@code @Nullable}
     */
    Object of(AnnotatedType type) {
        if (Nullability.annotated(type) && random.nextInt(4) == 0) {
            return null;
        }
        if (type instanceof AnnotatedArrayType array
                && !(type.getType() instanceof Class<?> c && values.containsKey(c))) {
            Class<?> component = raw(array.getAnnotatedGenericComponentType());
            Object result = Array.newInstance(component, random.nextInt(MAX_SIZE + 1));
            for (int i = 0; i < Array.getLength(result); i++) {
                Array.set(result, i, of(array.getAnnotatedGenericComponentType()));
            }
            return result;
        }
        Class<?> raw = raw(type);
        Function<Random, Object> value = values.get(raw);
        if (value != null) {
            return value.apply(random);
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[random.nextInt(raw.getEnumConstants().length)];
        }
        if (raw.isRecord()) {
            return record(raw);
        }
        AnnotatedType[] arguments = ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments();
        if (raw == Optional.class) {
            return random.nextBoolean() ? Optional.empty() : Optional.ofNullable(of(arguments[0]));
        }
        int size = depth >= MAX_DEPTH ? 0 : random.nextInt(MAX_SIZE + 1);
        if (raw == Map.class) {
            Map<Object, Object> map = new HashMap<>();
            for (int i = 0; i < size; i++) {
                map.put(of(arguments[0]), of(arguments[1]));
            }
            return map;
        }
        Collection<Object> collection = raw == Set.class ? new HashSet<>() : new ArrayList<>();
        for (int i = 0; i < size; i++) {
            collection.add(of(arguments[0]));
        }
        return collection;
    }

    /**
     * @param record
     *            a record class
     *
     * @return a random instance; a recursive record's depth is bounded by its collections, which are empty deep down
     */
    Object record(Class<?> record) {
        depth++;
        try {
            RecordComponent[] components = record.getRecordComponents();
            Object[] arguments = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                boolean declaredNullable = Stream.of(components[i].getAnnotations())
                        .anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
                arguments[i] = declaredNullable && random.nextInt(4) == 0 ? null : of(components[i].getAnnotatedType());
            }
            var constructor = record.getDeclaredConstructor(
                    Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        } finally {
            depth--;
        }
    }

    private static Class<?> raw(AnnotatedType type) {
        return type.getType() instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type.getType();
    }

    private static int pick(Random random, int usually, int sometimes) {
        return random.nextInt(3) == 0 ? usually : sometimes;
    }

    private static Object integer(Random random) {
        return random.nextInt(3) == 0 ? random.nextInt(100) - 50 : random.nextInt();
    }

    private static Object floating(Random random) {
        float value;
        do {
            value = Float.intBitsToFloat(random.nextInt());
        } while (!Float.isFinite(value));
        return value;
    }

    private static Double doubling(Random random) {
        double value;
        do {
            value = Double.longBitsToDouble(random.nextLong());
        } while (!Double.isFinite(value));
        return value;
    }

    private static char character(Random random) {
        char c;
        do {
            c = (char) random.nextInt(Character.MAX_VALUE + 1);
        } while (Character.isSurrogate(c));
        return c;
    }

    private static String string(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            switch (random.nextInt(4)) {
            case 0 -> text.append((char) ('a' + random.nextInt(26)));
            case 1 -> text.append("\"\\/\n\t\u0000".charAt(random.nextInt(6)));
            case 2 -> text.appendCodePoint(0x1F600 + random.nextInt(50));
            default -> text.append(character(random));
            }
        }
        return text.toString();
    }

    private static URI uri(Random random) {
        String segment = Integer.toString(random.nextInt(1000), 36);
        return URI.create(switch (random.nextInt(5)) {
        case 0 -> "https://example.org/" + segment + "?q=" + segment + "#" + segment;
        case 1 -> segment + "/" + segment;
        case 2 -> "urn:isbn:" + random.nextInt(1_000_000);
        case 3 -> "https://example.org/caf\u00e9/" + segment;
        default -> "mailto:" + segment + "@example.org";
        });
    }

    /** An instant from the first day given to 9999, the years that RFC 3339 can write, as UTC or with any offset. */
    private static Instant instant(Random random, long fromDay) {
        long seconds = random.nextLong((fromDay + 1) * 86_400, YEAR_9999 * 86_400);
        return Instant.ofEpochSecond(seconds, pick(random, 0, random.nextInt(1_000_000_000)));
    }

    private static LocalTime time(Random random) {
        return switch (random.nextInt(4)) {
        case 0 -> LocalTime.of(random.nextInt(24), random.nextInt(60));
        case 1 -> LocalTime.of(random.nextInt(24), random.nextInt(60), 0, (1 + random.nextInt(999)) * 1_000_000);
        default -> LocalTime.ofNanoOfDay((long) (random.nextDouble() * 86_400_000_000_000L));
        };
    }

    private static ZoneOffset minuteOffset(Random random) {
        return ZoneOffset.ofTotalSeconds((random.nextInt(36 * 60 + 1) - 18 * 60) * 60);
    }

    private static ZoneOffset offset(Random random) {
        return random.nextBoolean() ? minuteOffset(random)
                : ZoneOffset.ofTotalSeconds(random.nextInt(36 * 3600 + 1) - 18 * 3600);
    }
}
