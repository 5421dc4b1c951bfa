package org.lightbus.cdi.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lightbus.cdi.schema.Json.json;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lightbus.api.BusApi;
import org.lightbus.cdi.model.ApiTypes;
import org.lightbus.cdi.model.Procedure;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a reader of one contract fails to read among the values of another: each rule, compatible and not, on schemas
 * the generator makes from two versions of a record.
 */
class SchemaCompatibilityTest {

    enum Plan2 {
        FREE, PRO
    }

    enum Plan3 {
        FREE, PRO, ENTERPRISE
    }

    record Email(String email) {
    }

    record EmailAndName(String email, String name) {
    }

    record NoEmail(String name) {
    }

    record OptionalEmail(Optional<String> email) {
    }

    record NumericEmail(BigInteger email) {
    }

    record IntCount(int count) {
    }

    record LongCount(long count) {
    }

    record DoubleCount(double count) {
    }

    record ShortCount(short count) {
    }

    record Day(LocalDate at) {
    }

    record Moment(Instant at) {
    }

    record Text(String at) {
    }

    record Span(Duration at) {
    }

    record TwoPlans(Plan2 plan) {
    }

    record ThreePlans(Plan3 plan) {
    }

    record TextPlan(String plan) {
    }

    record Tags(List<String> tags) {
    }

    record MaybeTags(List<Optional<String>> tags) {
    }

    record UniqueTags(Set<String> tags) {
    }

    record LongTags(List<Long> tags) {
    }

    record Scores(Map<String, Integer> scores) {
    }

    record LongScores(Map<String, Long> scores) {
    }

    record PlanScores2(Map<Plan2, Integer> scores) {
    }

    record PlanScores3(Map<Plan3, Integer> scores) {
    }

    record Node(String name, List<Node> children, Optional<Node> parent) {
    }

    record NumberedNode(int name, List<NumberedNode> children, Optional<NumberedNode> parent) {
    }

    static final class Published {
        record Address(String street, String city) {
        }

        record Signup(Address home, Optional<Address> work) {
        }
    }

    static final class Local {
        record Address(String street, int city) {
        }

        record Signup(Address home, Address work) {
        }
    }

    @BusApi("accounts")
    interface AccountsV1 {
        String rename(String id, int version);

        void close(String id);
    }

    @BusApi("accounts")
    interface AccountsV2 {
        String rename(String id, long version, String reason);

        String close(String id);
    }

    private final SchemaGenerator generator = new SchemaGenerator();

    @Test
    void theSameSchemaIsCompatible() {
        assertThat(check(Node.class, Node.class)).isEmpty();
        assertThat(check(Published.Signup.class, Published.Signup.class)).isEmpty();
    }

    @Test
    void aFieldTheReaderDoesNotKnowIsFine() {
        assertThat(check(EmailAndName.class, Email.class)).isEmpty();
    }

    @Test
    void aRequiredFieldTheWriterDoesNotHaveIsMissing() {
        assertThat(check(NoEmail.class, Email.class)).containsExactly("$.email: missing required field");
    }

    @Test
    void anOptionalFieldTheWriterDoesNotHaveIsFine() {
        assertThat(check(NoEmail.class, OptionalEmail.class)).isEmpty();
    }

    @Test
    void aFieldTheWriterMayLeaveOutOrNullIsNotRequired() {
        assertThat(check(OptionalEmail.class, Email.class)).containsExactly("$.email: may be missing",
                "$.email: may be null");
        assertThat(check(Email.class, OptionalEmail.class)).isEmpty();
    }

    @Test
    void aRequiredButNullableFieldMayBeNull() {
        JsonNode writer = json(
                "{'type':'object','properties':{'email':{'type':['string','null']}}," + "'required':['email']}");

        assertThat(SchemaCompatibility.check(writer, generator.event(Email.class))).extracting(Object::toString)
                .containsExactly("$.email: may be null");
    }

    @Test
    void aTypeChangeNamesBothSides() {
        assertThat(check(Email.class, NumericEmail.class))
                .containsExactly("$.email: type change: published string, local integer");
    }

    @Test
    void anIntegerFitsInANumberAndASmallerInteger() {
        assertThat(check(IntCount.class, DoubleCount.class)).isEmpty();
        assertThat(check(IntCount.class, LongCount.class)).isEmpty();
        assertThat(check(ShortCount.class, IntCount.class)).isEmpty();
    }

    @Test
    void aNumberOrALargerIntegerDoesNotFit() {
        assertThat(check(DoubleCount.class, IntCount.class))
                .containsExactly("$.count: type change: published number, local integer (int32)");
        assertThat(check(LongCount.class, IntCount.class))
                .containsExactly("$.count: type change: published integer (int64), local integer (int32)");
        assertThat(check(IntCount.class, ShortCount.class))
                .containsExactly("$.count: type change: published integer (int32), local integer (-32768..32767)");
    }

    @Test
    void anotherFormatOrPatternIsATypeChange() {
        assertThat(check(Day.class, Moment.class))
                .containsExactly("$.at: type change: published string (format date), local string (format date-time)");
        assertThat(check(Text.class, Span.class)).containsExactly(
                "$.at: type change: published string, local string " + "(pattern " + ValueSchemas.DURATION + ")");
        assertThat(check(Span.class, Text.class)).isEmpty();
    }

    @Test
    void enumValuesMustBeKnownToTheReader() {
        assertThat(check(TwoPlans.class, ThreePlans.class)).isEmpty();
        assertThat(check(ThreePlans.class, TwoPlans.class))
                .containsExactly("$.plan: enum change: published allows ENTERPRISE, local does not");
        assertThat(check(TextPlan.class, TwoPlans.class))
                .containsExactly("$.plan: enum change: published allows any value, local only FREE, PRO");
        assertThat(check(TwoPlans.class, TextPlan.class)).isEmpty();
    }

    @Test
    void arrayElementsAreComparedToo() {
        assertThat(check(MaybeTags.class, Tags.class)).containsExactly("$.tags[*]: may be null");
        assertThat(check(LongTags.class, Tags.class))
                .containsExactly("$.tags[*]: type change: published integer (int64), local string");
        assertThat(check(Tags.class, MaybeTags.class)).isEmpty();
    }

    @Test
    void aSetReadsOnlyUniqueItems() {
        assertThat(check(Tags.class, UniqueTags.class))
                .containsExactly("$.tags: duplicates: published allows repeated items, local does not");
        assertThat(check(UniqueTags.class, Tags.class)).isEmpty();
    }

    @Test
    void mapValuesAndKeysAreComparedToo() {
        assertThat(check(Scores.class, LongScores.class)).isEmpty();
        assertThat(check(LongScores.class, Scores.class))
                .containsExactly("$.scores.*: type change: published integer (int64), local integer (int32)");
        assertThat(check(Scores.class, PlanScores2.class))
                .containsExactly("$.scores: key change: published allows any value, local only FREE, PRO");
        assertThat(check(PlanScores3.class, PlanScores2.class))
                .containsExactly("$.scores: key change: published allows ENTERPRISE, local does not");
        assertThat(check(PlanScores2.class, Scores.class)).isEmpty();
    }

    @Test
    void referencesResolveInEachSchemasOwnDefinitions() {
        assertThat(check(Published.Signup.class, Local.Signup.class)).containsExactly(
                "$.home.city: type change: published string, local integer (int32)", "$.work: may be missing",
                "$.work: may be null");
    }

    @Test
    void recursiveRecordsAreComparedOnce() {
        assertThat(check(Node.class, NumberedNode.class))
                .containsExactly("$.name: type change: published string, local integer (int32)");
    }

    @Test
    void argumentsOfAnotherNumberOrTypeAreIncompatible() {
        JsonNode local = generator.parameters(procedure(AccountsV1.class, "rename"));
        JsonNode published = generator.parameters(procedure(AccountsV2.class, "rename"));

        assertThat(SchemaCompatibility.check(local, published, "local", "published")).extracting(Object::toString)
                .containsExactly("$: length change: local 2 items, published 3 items");
        assertThat(SchemaCompatibility.check(published, local, "published", "local")).extracting(Object::toString)
                .containsExactly("$: length change: published 3 items, local 2 items",
                        "$[1]: type change: published integer (int64), local integer (int32)");
    }

    @Test
    void aResultMustNotBeNullWhereTheReaderExpectsAValue() {
        JsonNode none = generator.result(procedure(AccountsV1.class, "close"));
        JsonNode text = generator.result(procedure(AccountsV2.class, "close"));

        assertThat(SchemaCompatibility.check(none, text)).extracting(Object::toString)
                .containsExactly("$: may be null");
        assertThat(SchemaCompatibility.check(text, none)).extracting(Object::toString)
                .containsExactly("$: type change: published string, local null");
    }

    @Test
    void aReferenceOutsideTheSchemaIsRejected() {
        JsonNode dangling = json("{'type':'object','properties':{'a':{'$ref':'#/$defs/Missing'}}}");

        assertThatThrownBy(() -> SchemaCompatibility.check(dangling, dangling))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unresolved reference #/$defs/Missing");
    }

    private List<String> check(Class<?> writer, Class<?> reader) {
        return SchemaCompatibility.check(generator.event(writer), generator.event(reader)).stream()
                .map(Incompatibility::toString).toList();
    }

    private static Procedure procedure(Class<?> api, String name) {
        return new ApiTypes().inspect(api).apiType().procedures().get(name);
    }
}
