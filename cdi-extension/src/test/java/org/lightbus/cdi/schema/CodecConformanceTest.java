package org.lightbus.cdi.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
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
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.Test;
import org.lightbus.api.BusApi;
import org.lightbus.cdi.codec.JsonCodec;
import org.lightbus.cdi.model.ApiType;
import org.lightbus.cdi.model.ApiTypes;
import org.lightbus.cdi.model.Procedure;

/**
 * The generated schemas describe what {@link JsonCodec} writes: random values of every type that travels, encoded by
 * the codec, break no rule of their schema, and decode back to equal values. Each run draws a new seed, printed with
 * any failure; set {@code -Dlightbus.schema.seed=...} to repeat one.
 */
class CodecConformanceTest {

    private static final int RUNS = 300;

    enum Plan {
        FREE, PRO, ENTERPRISE
    }

    record Address(String street, Optional<String> city, @TypeUse.Nullable ZoneOffset zone) {
    }

    record Primitives(boolean flag, byte b, short s, int i, long l, float f, double d, char c) {
    }

    record Boxed(Boolean flag, Byte b, Short s, Integer i, Long l, Float f, Double d, Character c, BigDecimal amount,
            BigInteger big, String text, UUID id, URI link, byte[] bytes, char[] chars) {
    }

    record Times(Instant instant, OffsetDateTime offsetDateTime, ZonedDateTime zoned, LocalDate date, LocalTime time,
            LocalDateTime localDateTime, OffsetTime offsetTime, Duration duration, Period period, Year year,
            YearMonth yearMonth, MonthDay monthDay, ZoneOffset offset, DayOfWeek day, Month month) {
    }

    record Containers(List<Address> addresses, Set<String> tags, Collection<Long> counts, Map<String, Integer> scores,
            Map<Plan, List<Instant>> byPlan, int[] numbers, String[] words, List<Optional<String>> maybeWords,
            Map<String, @TypeUse.Nullable Address> maybeAddresses, List<List<@TypeUse.Nullable Integer>> grid,
            Optional<List<Plan>> plans, Set<Plan> planSet) {
    }

    record Optionals(Optional<String> text, OptionalInt i, OptionalLong l, OptionalDouble d, Optional<Address> address,
            @jakarta.annotation.Nullable Plan plan, @Declared.Nullable String note, @TypeUse.Nullable Times times) {
    }

    record Node(String name, List<Node> children) {
    }

    record Everything(Primitives primitives, Boxed boxed, Times times, Containers containers, Optionals optionals,
            Plan plan, Node tree) {
    }

    @BusApi("conformance")
    interface Service {

        Address find(String name, Optional<Integer> limit, @TypeUse.Nullable Plan plan, List<Optional<Address>> more,
                Map<Plan, Duration> timeouts, byte[] data);

        Optional<Everything> everything(Everything everything);

        CompletionStage<List<@TypeUse.Nullable LocalTime>> later(@Declared.Nullable Year year);

        void nothing();

        @jakarta.annotation.Nullable
        Times perhaps(int[] numbers, char letter);
    }

    private final JsonCodec codec = new JsonCodec();
    private final SchemaGenerator generator = new SchemaGenerator();
    private final long seed = Long.getLong("lightbus.schema.seed", new Random().nextLong());
    private final RandomValues random = new RandomValues(new Random(seed));

    @Test
    void eventsFitTheirSchemaAndDecodeToEqualValues() throws Exception {
        CompiledSchema schema = CompiledSchema.compile(generator.event(Everything.class));
        for (int run = 0; run < RUNS; run++) {
            Object event = random.record(Everything.class);
            byte[] json = codec.encode(event);

            assertThat(schema.validate(Json.parse(json))).as(describe(run, json)).isEmpty();
            assertThat(codec.decode(json, Everything.class)).as(describe(run, json))
                    .usingRecursiveComparison(sameTime()).isEqualTo(event);
        }
    }

    @Test
    void argumentsAndResultsFitTheirSchemas() throws Exception {
        ApiType api = new ApiTypes().inspect(Service.class).apiType();
        for (Procedure procedure : api.procedures().values()) {
            Method method = procedure.method();
            CompiledSchema parameters = CompiledSchema.compile(generator.parameters(procedure));
            CompiledSchema result = CompiledSchema.compile(generator.result(procedure));
            for (int run = 0; run < RUNS / 3; run++) {
                Object[] arguments = arguments(method);
                byte[] json = codec.encodeArguments(arguments);

                assertThat(parameters.validate(Json.parse(json))).as(describe(run, json)).isEmpty();
                // every digit of a BigDecimal argument comes back (a tree of doubles would keep a double's precision)
                RecursiveComparisonConfiguration sameArguments = sameTime();
                sameArguments.registerEqualsForType((a, b) -> a.compareTo(b) == 0, BigDecimal.class);
                assertThat(codec.decodeArguments(json, procedure.parameterTypes())).as(describe(run, json))
                        .usingRecursiveFieldByFieldElementComparator(sameArguments).containsExactly(arguments);

                Object value = resultValue(procedure);
                byte[] resultJson = codec.encode(value);
                assertThat(result.validate(Json.parse(resultJson))).as(describe(run, resultJson)).isEmpty();
            }
        }
    }

    private Object[] arguments(Method method) {
        Parameter[] parameters = method.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            boolean declaredNullable = parameters[i].getAnnotations().length > 0;
            arguments[i] = declaredNullable && i % 2 == 0 ? null : random.of(parameters[i].getAnnotatedType());
        }
        return arguments;
    }

    private Object resultValue(Procedure procedure) {
        if (procedure.resultType() == Void.class) {
            return null;
        }
        AnnotatedType type = Nullability.resultType(procedure.method());
        Object value = random.of(type);
        return value instanceof Optional<?> optional ? optional.orElse(null) : value;
    }

    private String describe(int run, byte[] json) {
        return "seed " + seed + " (-Dlightbus.schema.seed=" + seed + "), run " + run + ": "
                + new String(json, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Jackson reads an offset or zoned date-time back in UTC: the same instant, not an equal object.
     */
    private static RecursiveComparisonConfiguration sameTime() {
        return RecursiveComparisonConfiguration.builder()
                .withEqualsForType((a, b) -> a.isEqual(b), OffsetDateTime.class)
                .withEqualsForType((a, b) -> a.isEqual(b), ZonedDateTime.class).build();
    }
}
