package org.lightbus.cdi.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lightbus.cdi.schema.Json.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.lightbus.api.BusApi;
import org.lightbus.cdi.model.ApiTypes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What breaks a generated schema, and where: each violation names the JSON path of the offending value.
 */
class CompiledSchemaTest {

    enum Plan {
        FREE, PRO
    }

    record Avatar(String url, Optional<Integer> size) {
    }

    record Person(String email, Optional<String> name) {
    }

    record SignedUp(UUID user, String email, Plan plan, Avatar avatar, List<Person> friends) {
    }

    @BusApi("people")
    interface People {
        Person invite(String email, Plan plan);
    }

    private final SchemaGenerator generator = new SchemaGenerator();
    private final CompiledSchema signedUp = CompiledSchema.compile(generator.event(SignedUp.class));

    @Test
    void aValidEventHasNoViolation() {
        assertThat(signedUp.validate(valid())).isEmpty();
    }

    @Test
    void unknownPropertiesAreAllowed() {
        ObjectNode withMore = (ObjectNode) valid();
        withMore.set("addedLater", json("{'x':1}"));
        ((ObjectNode) withMore.get("avatar")).put("alt", "a cat");

        assertThat(signedUp.validate(withMore)).isEmpty();
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertThat(validate("{'user':'6f1c3ad2-4b8e-4c1e-9d6a-2f0e6c1b7a11','plan':'FREE',"
                + "'avatar':{'url':'a.png'},'friends':[{'name':'Ann'}]}")).containsExactlyInAnyOrder(
                        "$.email: required property 'email' not found",
                        "$.friends[0].email: required property 'email' not found");
    }

    @Test
    void aWrongTypeIsNamed() {
        assertThat(validate(valid().toString().replace("\"a.png\"", "42")))
                .containsExactly("$.avatar.url: integer found, string expected");
    }

    @Test
    void nullWhereNotNullableIsNamed() {
        assertThat(validate(valid().toString().replace("\"ann@example.org\"", "null")))
                .containsExactly("$.friends[1].email: null found, string expected");
        assertThat(validate(valid().toString().replace("\"Ann\"", "null"))).isEmpty();
    }

    @Test
    void anUnknownEnumValueIsNamed() {
        assertThat(validate(valid().toString().replace("\"PRO\"", "\"GOLD\"")))
                .containsExactly("$.plan: does not have a value in the enumeration [\"FREE\", \"PRO\"]");
    }

    @Test
    void aMalformedFormatIsNamed() {
        assertThat(validate(valid().toString().replace("6f1c3ad2-", "6f1c3ad2"))).singleElement().asString()
                .startsWith("$.user: does not match the uuid pattern");
    }

    @Test
    void argumentsMustMatchInNumberAndType() {
        CompiledSchema invite = CompiledSchema.compile(
                generator.parameters(new ApiTypes().inspect(People.class).apiType().procedures().get("invite")));

        assertThat(invite.validate(json("['ann@example.org','PRO']"))).isEmpty();
        assertThat(invite.validate(json("['ann@example.org','PRO','extra']"))).extracting(Violation::toString).contains(
                "$[2]: index '2' is not defined in the schema and the schema does not allow additional items",
                "$: must have at most 2 items but found 3");
        assertThat(invite.validate(json("['ann@example.org']"))).extracting(Violation::toString)
                .containsExactly("$: must have at least 2 items but found 1");
        assertThat(invite.validate(json("[7,'PRO']"))).extracting(Violation::toString)
                .containsExactly("$[0]: integer found, string expected");
        assertThat(invite.validate(json("{'email':'ann@example.org'}"))).extracting(Violation::toString)
                .containsExactly("$: object found, array expected");
    }

    @Test
    void javaNullIsJsonNull() {
        assertThat(signedUp.validate(null)).extracting(Violation::toString)
                .containsExactly("$: null found, object expected");
    }

    @Test
    void anInvalidSchemaIsRejected() {
        assertThatThrownBy(() -> CompiledSchema.compile(json("{'$ref':'#/$defs/Missing'}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("invalid JSON Schema: ");
    }

    @Test
    void laterChangesToTheSchemaDoNotMatter() {
        var schema = generator.event(Person.class);
        CompiledSchema compiled = CompiledSchema.compile(schema);
        schema.putArray("required");

        assertThat(compiled.validate(json("{}"))).extracting(Violation::toString)
                .containsExactly("$.email: required property 'email' not found");
    }

    @Test
    void oneCompiledSchemaValidatesFromManyThreads() throws Exception {
        JsonNode wrong = json(valid().toString().replace("\"PRO\"", "\"GOLD\""));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                boolean valid = i % 2 == 0;
                results.add(threads.submit(() -> signedUp.validate(valid ? valid() : wrong).isEmpty() == valid));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private List<String> validate(String text) {
        return signedUp.validate(json(text)).stream().map(Violation::toString).toList();
    }

    private static JsonNode valid() {
        return json("{'user':'6f1c3ad2-4b8e-4c1e-9d6a-2f0e6c1b7a11','email':'bob@example.org','plan':'PRO',"
                + "'avatar':{'url':'a.png','size':null},"
                + "'friends':[{'email':'eve@example.org','name':'Ann'},{'email':'ann@example.org'}]}");
    }
}
