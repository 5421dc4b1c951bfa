package org.lightbus.cdi.schema;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lightbus.cdi.codec.JsonCodec;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * What Jackson writes for each {@code java.time} type, through the codec, and that the type's schema accepts exactly
 * that: the ground the patterns in {@link ValueSchemas} stand on.
 */
class JavaTimeJsonTest {

    record Holder(Object value) {
    }

    private static final ZoneOffset PLUS_ONE = ZoneOffset.ofHours(1);

    static Stream<Arguments> written() {
        return Stream.of(Arguments.of(Instant.parse("2024-05-01T10:15:00Z"), "2024-05-01T10:15:00Z"),
                Arguments.of(Instant.parse("2024-05-01T10:15:30.120Z"), "2024-05-01T10:15:30.120Z"),
                Arguments.of(OffsetDateTime.of(2024, 5, 1, 10, 15, 0, 0, PLUS_ONE), "2024-05-01T10:15:00+01:00"),
                Arguments.of(ZonedDateTime.of(2024, 5, 1, 10, 15, 0, 0, ZoneId.of("Europe/Paris")),
                        "2024-05-01T10:15:00+02:00"),
                Arguments.of(LocalDate.of(2024, 5, 1), "2024-05-01"),
                // ISO_LOCAL_TIME: seconds even when zero, a fraction without trailing zeros
                Arguments.of(LocalTime.of(10, 15), "10:15:00"),
                Arguments.of(LocalTime.of(10, 15, 0, 120_000_000), "10:15:00.12"),
                Arguments.of(LocalTime.of(23, 59, 59, 1), "23:59:59.000000001"),
                Arguments.of(LocalDateTime.of(2024, 5, 1, 10, 15), "2024-05-01T10:15:00"),
                Arguments.of(LocalDateTime.of(12024, 5, 1, 10, 15, 1, 5000), "+12024-05-01T10:15:01.000005"),
                Arguments.of(LocalDateTime.of(-5, 5, 1, 0, 0), "-0005-05-01T00:00:00"),
                // OffsetTime.toString(): no seconds when zero, the fraction in groups of three
                Arguments.of(OffsetTime.of(10, 15, 0, 0, PLUS_ONE), "10:15+01:00"),
                Arguments.of(OffsetTime.of(10, 15, 0, 0, ZoneOffset.UTC), "10:15Z"),
                Arguments.of(OffsetTime.of(10, 15, 0, 120_000_000, ZoneOffset.ofHoursMinutesSeconds(-1, -30, -15)),
                        "10:15:00.120-01:30:15"),
                Arguments.of(Duration.ofHours(-1), "PT-1H"), Arguments.of(Duration.ofMillis(-500), "PT-0.5S"),
                Arguments.of(Duration.ZERO, "PT0S"), Arguments.of(Duration.ofSeconds(90061, 5000), "PT25H1M1.000005S"),
                Arguments.of(Period.of(1, -2, 3), "P1Y-2M3D"), Arguments.of(Period.ZERO, "P0D"),
                Arguments.of(Period.ofWeeks(2), "P14D"), Arguments.of(Year.of(2024), "2024"),
                Arguments.of(Year.of(5), "5"), Arguments.of(Year.of(-12024), "-12024"),
                Arguments.of(YearMonth.of(2024, 5), "2024-05"), Arguments.of(YearMonth.of(12024, 5), "12024-05"),
                Arguments.of(YearMonth.of(-5, 12), "-0005-12"), Arguments.of(MonthDay.of(2, 29), "--02-29"),
                Arguments.of(ZoneOffset.UTC, "Z"), Arguments.of(ZoneOffset.ofHoursMinutes(5, 30), "+05:30"),
                Arguments.of(ZoneOffset.ofHoursMinutesSeconds(-1, -30, -15), "-01:30:15"),
                Arguments.of(DayOfWeek.MONDAY, "MONDAY"), Arguments.of(Month.MAY, "MAY"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void written(Object value, String expected) throws Exception {
        String json = new String(new JsonCodec().encode(new Holder(value)), UTF_8);

        assertThat(json).isEqualTo("{\"value\":\"" + expected + "\"}");
        assertThat(CompiledSchema
                .compile(new SchemaGenerator().event(holderOf(value.getClass())).get("properties").get("value"))
                .validate(TextNode.valueOf(expected))).isEmpty();
    }

    static Stream<Arguments> notWritten() {
        return Stream.of(Arguments.of(LocalTime.class, "10:15"), Arguments.of(LocalTime.class, "10:15:00.120"),
                Arguments.of(LocalTime.class, "24:00:00"), Arguments.of(LocalDateTime.class, "2024-05-01T10:15"),
                Arguments.of(LocalDateTime.class, "12024-05-01T10:15:00"),
                Arguments.of(OffsetTime.class, "10:15:00+01:00"), Arguments.of(OffsetTime.class, "10:15:00.12Z"),
                Arguments.of(OffsetTime.class, "10:15"), Arguments.of(Duration.class, "PT"),
                Arguments.of(Duration.class, "P1D"), Arguments.of(Duration.class, "PT1.50S"),
                Arguments.of(Period.class, "P"), Arguments.of(Period.class, "P1W"), Arguments.of(Year.class, "02024"),
                Arguments.of(YearMonth.class, "2024-13"), Arguments.of(MonthDay.class, "05-01"),
                Arguments.of(ZoneOffset.class, "+19:00"), Arguments.of(ZoneOffset.class, "UTC"),
                Arguments.of(Instant.class, "2024-05-01T10:15:00"), Arguments.of(LocalDate.class, "2024-5-1"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource
    void notWritten(Class<?> type, String text) {
        assertThat(CompiledSchema.compile(new SchemaGenerator().event(holderOf(type)).get("properties").get("value"))
                .validate(TextNode.valueOf(text))).isNotEmpty();
    }

    /** The value's type as a record component, so that the generator sees it. */
    private static Class<?> holderOf(Class<?> type) {
        return Stream.of(Holders.class.getDeclaredClasses())
                .filter(holder -> holder.getRecordComponents()[0].getType() == type).findFirst().orElseThrow();
    }

    static final class Holders {

        record OfInstant(Instant value) {
        }

        record OfOffsetDateTime(OffsetDateTime value) {
        }

        record OfZonedDateTime(ZonedDateTime value) {
        }

        record OfLocalDate(LocalDate value) {
        }

        record OfLocalTime(LocalTime value) {
        }

        record OfLocalDateTime(LocalDateTime value) {
        }

        record OfOffsetTime(OffsetTime value) {
        }

        record OfDuration(Duration value) {
        }

        record OfPeriod(Period value) {
        }

        record OfYear(Year value) {
        }

        record OfYearMonth(YearMonth value) {
        }

        record OfMonthDay(MonthDay value) {
        }

        record OfZoneOffset(ZoneOffset value) {
        }

        record OfDayOfWeek(DayOfWeek value) {
        }

        record OfMonth(Month value) {
        }
    }
}
