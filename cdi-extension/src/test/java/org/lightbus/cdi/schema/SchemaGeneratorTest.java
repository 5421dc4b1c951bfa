package org.lightbus.cdi.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lightbus.cdi.schema.Json.json;

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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lightbus.api.BusApi;
import org.lightbus.cdi.model.ApiTypes;
import org.lightbus.cdi.model.Procedure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Each Java type's schema, the required/optional rule, and the shape of an event schema: the table in
 * {@code docs/contracts.md}.
 */
class SchemaGeneratorTest {

    enum Plan {
        FREE, PRO
    }

    record Address(String street, Optional<String> city) {
    }

    record Node(String name, List<Node> children) {
    }

    record Values(String string, boolean flag, Boolean boxedFlag, char letter, Character boxedLetter, byte b, Short s,
            int i, Integer boxedInt, long l, Long boxedLong, float f, Double d, BigDecimal decimal, BigInteger big,
            UUID id, URI link, byte[] bytes, char[] chars, Plan plan, Instant instant, OffsetDateTime offsetDateTime,
            ZonedDateTime zoned, LocalDate date, LocalTime time, LocalDateTime localDateTime, OffsetTime offsetTime,
            Duration duration, Period period, Year year, YearMonth yearMonth, MonthDay monthDay, ZoneOffset offset,
            DayOfWeek day, Month month) {
    }

    record Containers(List<String> list, Set<UUID> set, Collection<Long> collection, int[] ints, String[] words,
            Map<String, Integer> map, Map<Plan, List<Instant>> byPlan, List<Address> addresses) {
    }

    record Optionals(String required, Optional<String> text, OptionalInt i, OptionalLong l, OptionalDouble d,
            Optional<Address> address, Optional<Plan> plan, @jakarta.annotation.Nullable String jakarta,
            @javax.annotation.Nullable String jsr305, @TypeUse.Nullable String typeUse,
            @Declared.Nullable String declared, List<Optional<String>> optionalElements,
            List<@TypeUse.Nullable String> nullableElements, Map<String, @TypeUse.Nullable Address> nullableValues,
            List<List<@TypeUse.Nullable Integer>> deep, @TypeUse.Nullable String @TypeUse.Nullable [] array,
            Optional<List<@TypeUse.Nullable Plan>> nested) {
    }

    record SignedUp(UUID user, Address home, List<Address> previous, Node tree) {
    }

    static final class Billing {
        record Address(String iban) {
        }
    }

    record TwoAddresses(Address postal, Billing.Address bank) {
    }

    @BusApi("shop")
    interface Shop {

        Address find(String name, Optional<Integer> limit, @Declared.Nullable Plan plan,
                List<@TypeUse.Nullable String> tags);

        Optional<Address> maybe();

        @jakarta.annotation.Nullable
        String perhaps();

        @TypeUse.Nullable
        Plan plan();

        CompletionStage<@TypeUse.Nullable Long> later();

        CompletionStage<Void> done();

        void nothing();
    }

    private final SchemaGenerator generator = new SchemaGenerator();

    @Test
    void argumentsAreAnArrayOfExactlyTheParameters() {
        assertThat(generator.parameters(procedure("find"))).isEqualTo(
                json("""
                        {'$schema':'https://json-schema.org/draft/2020-12/schema','type':'array',
                         'prefixItems':[{'title':'name','type':'string'},
                           {'title':'limit','type':['integer','null'],'minimum':-2147483648,'maximum':2147483647,'format':'int32'},
                           {'title':'plan','anyOf':[{'type':'null'},{'type':'string','enum':['FREE','PRO']}]},
                           {'title':'tags','type':'array','items':{'type':['string','null']}}],
                         'items':false,'minItems':4,'maxItems':4}
                        """));
        assertThat(generator.parameters(procedure("nothing"))).isEqualTo(
                json("{'$schema':'https://json-schema.org/draft/2020-12/schema','type':'array','items':false,"
                        + "'minItems':0,'maxItems':0}"));
    }

    @Test
    void aResultIsItsTypesSchema() {
        assertThat(generator.result(procedure("find"))).isEqualTo(json("""
                {'$schema':'https://json-schema.org/draft/2020-12/schema','$ref':'#/$defs/Address',
                 '$defs':{'Address':{'type':'object','properties':{'street':{'type':'string'},
                   'city':{'type':['string','null']}},'required':['street']}}}
                """));
        assertThat(generator.result(procedure("nothing")))
                .isEqualTo(json("{'$schema':'https://json-schema.org/draft/2020-12/schema','type':'null'}"));
        assertThat(generator.result(procedure("done")))
                .isEqualTo(json("{'$schema':'https://json-schema.org/draft/2020-12/schema','type':'null'}"));
    }

    @Test
    void aResultMayBeNullWhenOptionalOrNullable() {
        assertThat(generator.result(procedure("maybe")).get("anyOf"))
                .isEqualTo(json("[{'type':'null'},{'$ref':'#/$defs/Address'}]"));
        assertThat(generator.result(procedure("perhaps")).get("type")).isEqualTo(json("['string','null']"));
        assertThat(generator.result(procedure("plan")).get("anyOf"))
                .isEqualTo(json("[{'type':'null'},{'type':'string','enum':['FREE','PRO']}]"));
        assertThat(generator.result(procedure("later")).get("type")).isEqualTo(json("['integer','null']"));
    }

    static Stream<Arguments> values() {
        return Stream.of(Arguments.of("string", "{'type':'string'}"), Arguments.of("flag", "{'type':'boolean'}"),
                Arguments.of("boxedFlag", "{'type':'boolean'}"),
                Arguments.of("letter", "{'type':'string','minLength':1,'maxLength':1}"),
                Arguments.of("boxedLetter", "{'type':'string','minLength':1,'maxLength':1}"),
                Arguments.of("b", "{'type':'integer','minimum':-128,'maximum':127}"),
                Arguments.of("s", "{'type':'integer','minimum':-32768,'maximum':32767}"),
                Arguments.of("i", "{'type':'integer','minimum':-2147483648,'maximum':2147483647,'format':'int32'}"),
                Arguments.of("boxedInt",
                        "{'type':'integer','minimum':-2147483648,'maximum':2147483647,'format':'int32'}"),
                Arguments.of("l",
                        "{'type':'integer','minimum':-9223372036854775808,"
                                + "'maximum':9223372036854775807,'format':'int64'}"),
                Arguments.of("boxedLong",
                        "{'type':'integer','minimum':-9223372036854775808,"
                                + "'maximum':9223372036854775807,'format':'int64'}"),
                Arguments.of("f", "{'type':'number'}"), Arguments.of("d", "{'type':'number'}"),
                Arguments.of("decimal", "{'type':'number'}"), Arguments.of("big", "{'type':'integer'}"),
                Arguments.of("id", "{'type':'string','format':'uuid'}"),
                Arguments.of("link", "{'type':'string','format':'iri-reference'}"),
                Arguments.of("bytes", "{'type':'string','contentEncoding':'base64'}"),
                Arguments.of("chars", "{'type':'string'}"),
                Arguments.of("plan", "{'type':'string','enum':['FREE','PRO']}"),
                Arguments.of("instant", "{'type':'string','format':'date-time'}"),
                Arguments.of("offsetDateTime", "{'type':'string','format':'date-time'}"),
                Arguments.of("zoned", "{'type':'string','format':'date-time'}"),
                Arguments.of("date", "{'type':'string','format':'date'}"),
                Arguments.of("time", pattern(ValueSchemas.LOCAL_TIME)),
                Arguments.of("localDateTime", pattern(ValueSchemas.LOCAL_DATE_TIME)),
                Arguments.of("offsetTime", pattern(ValueSchemas.OFFSET_TIME)),
                Arguments.of("duration", pattern(ValueSchemas.DURATION)),
                Arguments.of("period", pattern(ValueSchemas.PERIOD)), Arguments.of("year", pattern(ValueSchemas.YEAR)),
                Arguments.of("yearMonth", pattern(ValueSchemas.YEAR_MONTH)),
                Arguments.of("monthDay", pattern(ValueSchemas.MONTH_DAY)),
                Arguments.of("offset", pattern(ValueSchemas.ZONE_OFFSET)),
                Arguments.of("day",
                        "{'type':'string','enum':['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY',"
                                + "'SATURDAY','SUNDAY']}"),
                Arguments.of("month", "{'type':'string','enum':['JANUARY','FEBRUARY','MARCH','APRIL','MAY','JUNE',"
                        + "'JULY','AUGUST','SEPTEMBER','OCTOBER','NOVEMBER','DECEMBER']}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void values(String component, String expected) {
        assertThat(property(Values.class, component)).isEqualTo(json(expected));
    }

    static Stream<Arguments> containers() {
        return Stream.of(Arguments.of("list", "{'type':'array','items':{'type':'string'}}"),
                Arguments.of("set", "{'type':'array','items':{'type':'string','format':'uuid'},'uniqueItems':true}"),
                Arguments.of("collection",
                        "{'type':'array','items':{'type':'integer','minimum':-9223372036854775808,"
                                + "'maximum':9223372036854775807,'format':'int64'}}"),
                Arguments.of("ints",
                        "{'type':'array','items':{'type':'integer','minimum':-2147483648,"
                                + "'maximum':2147483647,'format':'int32'}}"),
                Arguments.of("words", "{'type':'array','items':{'type':'string'}}"),
                Arguments.of("map",
                        "{'type':'object','additionalProperties':{'type':'integer',"
                                + "'minimum':-2147483648,'maximum':2147483647,'format':'int32'}}"),
                Arguments.of("byPlan", "{'type':'object','propertyNames':{'type':'string','enum':['FREE','PRO']},"
                        + "'additionalProperties':{'type':'array','items':{'type':'string','format':'date-time'}}}"),
                Arguments.of("addresses", "{'type':'array','items':{'$ref':'#/$defs/Address'}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void containers(String component, String expected) {
        assertThat(property(Containers.class, component)).isEqualTo(json(expected));
    }

    static Stream<Arguments> optionals() {
        return Stream.of(Arguments.of("required", "{'type':'string'}"),
                Arguments.of("text", "{'type':['string','null']}"),
                Arguments.of("i",
                        "{'type':['integer','null'],'minimum':-2147483648,'maximum':2147483647,'format':'int32'}"),
                Arguments.of("l",
                        "{'type':['integer','null'],'minimum':-9223372036854775808,"
                                + "'maximum':9223372036854775807,'format':'int64'}"),
                Arguments.of("d", "{'type':['number','null']}"),
                Arguments.of("address", "{'anyOf':[{'type':'null'},{'$ref':'#/$defs/Address'}]}"),
                Arguments.of("plan", "{'anyOf':[{'type':'null'},{'type':'string','enum':['FREE','PRO']}]}"),
                Arguments.of("jakarta", "{'type':['string','null']}"),
                Arguments.of("jsr305", "{'type':['string','null']}"),
                Arguments.of("typeUse", "{'type':['string','null']}"),
                Arguments.of("declared", "{'type':['string','null']}"),
                Arguments.of("optionalElements", "{'type':'array','items':{'type':['string','null']}}"),
                Arguments.of("nullableElements", "{'type':'array','items':{'type':['string','null']}}"),
                Arguments.of("nullableValues",
                        "{'type':'object','additionalProperties':"
                                + "{'anyOf':[{'type':'null'},{'$ref':'#/$defs/Address'}]}}"),
                Arguments.of("deep",
                        "{'type':'array','items':{'type':'array','items':{'type':['integer','null'],"
                                + "'minimum':-2147483648,'maximum':2147483647,'format':'int32'}}}"),
                Arguments.of("array", "{'type':['array','null'],'items':{'type':['string','null']}}"),
                Arguments.of("nested", "{'type':['array','null'],'items':{'anyOf':[{'type':'null'},"
                        + "{'type':'string','enum':['FREE','PRO']}]}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void optionals(String component, String expected) {
        assertThat(property(Optionals.class, component)).isEqualTo(json(expected));
    }

    @Test
    void onlyComponentsThatMayNotBeNullAreRequired() {
        assertThat(generator.event(Optionals.class).get("required"))
                .isEqualTo(json("['required','optionalElements','nullableElements','nullableValues','deep']"));
    }

    @Test
    void anEventIsAStandaloneSchemaWithNestedRecordsInDefs() {
        assertThat(generator.event(SignedUp.class)).isEqualTo(
                json("""
                        {'$schema':'https://json-schema.org/draft/2020-12/schema','type':'object',
                         'properties':{'user':{'type':'string','format':'uuid'},'home':{'$ref':'#/$defs/Address'},
                           'previous':{'type':'array','items':{'$ref':'#/$defs/Address'}},'tree':{'$ref':'#/$defs/Node'}},
                         'required':['user','home','previous','tree'],
                         '$defs':{
                           'Address':{'type':'object','properties':{'street':{'type':'string'},'city':{'type':['string','null']}},
                                      'required':['street']},
                           'Node':{'type':'object','properties':{'name':{'type':'string'},
                                   'children':{'type':'array','items':{'$ref':'#/$defs/Node'}}},'required':['name','children']}}}
                        """));
    }

    @Test
    void aRecursiveEventRefersToItsRoot() {
        assertThat(generator.event(Node.class).at("/properties/children/items")).isEqualTo(json("{'$ref':'#'}"));
    }

    @Test
    void recordsSharingASimpleNameAreDefinedUnderTheirFullNames() {
        ObjectNode schema = generator.event(TwoAddresses.class);

        assertThat(schema.get("$defs").fieldNames()).toIterable().containsExactlyInAnyOrder(Address.class.getName(),
                Billing.Address.class.getName());
        assertThat(schema.at("/properties/postal/$ref").asText()).isEqualTo("#/$defs/" + Address.class.getName());
        assertThat(CompiledSchema.compile(schema).validate(json("{'postal':{'street':'Main'},'bank':{'iban':1}}")))
                .extracting(Violation::toString).containsExactly("$.bank.iban: integer found, string expected");
    }

    @Test
    void propertiesFollowTheComponentOrder() {
        assertThat(generator.event(Values.class).get("properties").fieldNames()).toIterable().containsExactly(
                Stream.of(Values.class.getRecordComponents()).map(c -> c.getName()).toArray(String[]::new));
    }

    @Test
    void theSchemaIsAFreshCopyEachTime() {
        generator.event(Address.class).remove("properties");

        assertThat(generator.event(Address.class).has("properties")).isTrue();
    }

    @Test
    void onlyRecordsAreEvents() {
        assertThatThrownBy(() -> generator.event(String.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("java.lang.String is not a record");
    }

    private static Procedure procedure(String name) {
        return new ApiTypes().inspect(Shop.class).apiType().procedures().get(name);
    }

    private JsonNode property(Class<?> record, String component) {
        JsonNode schema = generator.event(record);
        assertThat(schema.get("additionalProperties")).isNull();
        return schema.get("properties").get(component);
    }

    private static String pattern(String pattern) {
        return "{'type':'string','pattern':'" + pattern.replace("\\", "\\\\") + "'}";
    }
}
