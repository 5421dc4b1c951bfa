package org.lightbus.cdi.model;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lightbus.api.BusEvent;

/**
 * Which record components travel as JSON: the closed set documented on {@link BusEvent}.
 */
class EventComponentTypesTest {

    enum Plan {
        FREE, PRO
    }

    record Address(String street, Optional<String> city) {
    }

    record Node(String name, List<Node> children) {
    }

    record Ping(Pong pong) {
    }

    record Pong(Optional<Ping> ping) {
    }

    record Opaque(Object value) {
    }

    static class Money {
    }

    @BusEvent(api = "all")
    record Everything(String string, boolean flag, Boolean boxedFlag, char letter, Character boxedLetter, byte b,
            Short s, int i, Integer boxedInt, long l, Long boxedLong, float f, Double d, BigDecimal amount,
            BigInteger big, UUID id, URI link, Plan plan, Instant at, LocalDate day, LocalTime time,
            LocalDateTime local, OffsetDateTime offset, ZonedDateTime zoned, Duration duration, Period period,
            byte[] bytes, int[] numbers, String[] words, List<String> list, Set<UUID> set, Collection<Long> collection,
            Map<String, Integer> map, Map<Plan, List<Instant>> byPlan, Optional<String> maybe, OptionalInt maybeInt,
            Address address, List<Address> addresses) {
    }

    @BusEvent(api = "tree")
    record TreeChanged(Node root, Ping ping) {
    }

    @BusEvent(api = "bad")
    record WithObject(String id, Object payload) {
    }

    @BusEvent(api = "bad")
    record WithStream(InputStream data) {
    }

    @BusEvent(api = "bad")
    @SuppressWarnings("rawtypes")
    record WithRawList(List items) {
    }

    @BusEvent(api = "bad")
    record WithIntegerKeys(Map<Integer, String> byId) {
    }

    @BusEvent(api = "bad")
    record WithClass(Money price) {
    }

    @BusEvent(api = "bad")
    record WithBadNestedRecord(String id, List<Opaque> parts) {
    }

    @BusEvent(api = "bad")
    record WithWildcard(List<?> items) {
    }

    private final EventTypes eventTypes = new EventTypes();

    @Test
    void everyDocumentedJsonTypeIsAccepted() {
        assertThat(eventTypes.inspect(Everything.class).problems()).isEmpty();
    }

    @Test
    void recursiveRecordsAreAcceptedWithoutLooping() {
        assertThat(eventTypes.inspect(TreeChanged.class).problems()).isEmpty();
    }

    @Test
    void objectIsRejectedNamingTheComponent() {
        assertThat(problem(WithObject.class)).contains("component 'payload'", "java.lang.Object");
    }

    @Test
    void anInputStreamIsRejected() {
        assertThat(problem(WithStream.class)).contains("component 'data'", "java.io.InputStream");
    }

    @Test
    void aRawListIsRejectedForItsMissingElementType() {
        assertThat(problem(WithRawList.class)).contains("component 'items'", "java.util.List needs its element type");
    }

    @Test
    void mapKeysMustBeStringsOrEnums() {
        assertThat(problem(WithIntegerKeys.class)).contains("component 'byId'",
                "map keys must be String or an enum, not java.lang.Integer");
    }

    @Test
    void aClassThatIsNotARecordIsRejected() {
        assertThat(problem(WithClass.class)).contains("component 'price'", Money.class.getName());
    }

    @Test
    void nestedRecordsAreCheckedRecursively() {
        assertThat(problem(WithBadNestedRecord.class)).contains("component 'parts'", "java.lang.Object");
    }

    @Test
    void aWildcardIsRejected() {
        assertThat(problem(WithWildcard.class)).contains("component 'items'", "is not a concrete type");
    }

    private String problem(Class<?> type) {
        return assertThat(eventTypes.inspect(type).problems()).singleElement(as(STRING)).startsWith("LBUS01005")
                .contains(type.getName()).actual();
    }
}
