package org.lightbus.cdi.schema;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lightbus.cdi.schema.Json.json;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lightbus.api.BusApi;
import org.lightbus.api.BusEvent;
import org.lightbus.cdi.model.ApiType;
import org.lightbus.cdi.model.ApiTypes;
import org.lightbus.cdi.model.EventType;
import org.lightbus.cdi.model.EventTypes;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An API's contract document: its shape, a version that depends on the schemas only, and parsing it back.
 */
class ApiSchemaTest {

    @BusApi("auth")
    interface AuthApi {

        @BusEvent
        record UserSignedUp(UUID user, String email, Optional<String> name) {
        }

        @BusEvent
        record UserDeleted(UUID user) {
        }

        boolean checkPassword(String email, String password);

        void logout(UUID user);
    }

    @BusApi("auth")
    interface AuthApiV2 {

        @BusEvent
        record UserSignedUp(UUID user, String email, String name) {
        }
    }

    private static final String VERSION = "sha256:" + "0".repeat(64);

    @Test
    void theDocumentHoldsEverySchemaByName() {
        SchemaGenerator generator = new SchemaGenerator();
        ApiSchema api = authApi(generator);

        assertThat(api.api()).isEqualTo("auth");
        assertThat(api.version()).matches("sha256:[0-9a-f]{64}");
        assertThat(api.document().fieldNames()).toIterable().containsExactly("api", "version", "events", "rpcs");
        assertThat(api.document().get("events").fieldNames()).toIterable().containsExactly("user_deleted",
                "user_signed_up");
        assertThat(api.event("user_signed_up")).contains(generator.event(AuthApi.UserSignedUp.class));
        assertThat(api.parameters("check_password")).contains(generator.parameters(procedure("check_password")));
        assertThat(api.result("logout")).contains(json("{'$schema':'" + SchemaGenerator.DIALECT + "','type':'null'}"));
        assertThat(api.event("user_logged_in")).isEmpty();
        assertThat(api.parameters("login")).isEmpty();
        assertThat(api.result("login")).isEmpty();
    }

    @Test
    void anEventsOnlyApiHasNoRpcs() {
        ApiSchema api = new SchemaGenerator().api("auth", List.of(event(AuthApiV2.UserSignedUp.class)), null);

        assertThat(api.document().get("rpcs")).isEqualTo(json("{}"));
    }

    @Test
    void theVersionIsTheSameForTheSameTypes() {
        assertThat(authApi(new SchemaGenerator()).version()).isEqualTo(authApi(new SchemaGenerator()).version());
        assertThat(new SchemaGenerator().api("auth", List.of(), null).version())
                .isEqualTo("sha256:" + sha256("{\"events\":{},\"rpcs\":{}}"));
    }

    @Test
    void theVersionChangesWhenAFieldChanges() {
        SchemaGenerator generator = new SchemaGenerator();

        assertThat(generator.api("auth", List.of(event(AuthApi.UserSignedUp.class)), null).version())
                .isNotEqualTo(generator.api("auth", List.of(event(AuthApiV2.UserSignedUp.class)), null).version());
    }

    @Test
    void parseReadsWhatToJsonWrites() {
        ApiSchema api = authApi(new SchemaGenerator());
        String json = new String(api.toJson(), UTF_8);

        assertThat(ApiSchema.parse(api.toJson())).isEqualTo(api);
        assertThat(json).startsWith("{\n  \"api\" : \"auth\",\n  \"version\" : \"sha256:");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "[]|not a JSON object",
            "{'version':'V','events':{},'rpcs':{}}|" + "\"api\" must be a string",
            "{'api':'auth','events':{},'rpcs':{}}|\"version\" must be a string",
            "{'api':'auth','version':'1.0','events':{},'rpcs':{}}|\"version\" must be sha256:<64 hex digits>, not \"1.0\"",
            "{'api':'auth','version':'V','rpcs':{}}|\"events\" must be an object",
            "{'api':'auth','version':'V','events':{}}|\"rpcs\" must be an object",
            "{'api':'auth','version':'V','events':{'signed_up':true},'rpcs':{}}|"
                    + "event \"signed_up\" must be a schema object",
            "{'api':'auth','version':'V','events':{},'rpcs':{'login':[]}}|rpc \"login\" must be an object",
            "{'api':'auth','version':'V','events':{},'rpcs':{'login':{'parameters':{}}}}|"
                    + "rpc \"login\" \"result\" must be a schema object" })
    void parseRejectsWhatIsNotAnApiDocument(String document, String problem) {
        byte[] json = document.replace('\'', '"').replace("\"V\"", "\"" + VERSION + "\"").getBytes(UTF_8);

        assertThatThrownBy(() -> ApiSchema.parse(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an API schema document: " + problem);
    }

    @Test
    void parseRejectsWhatIsNotJson() {
        assertThatThrownBy(() -> ApiSchema.parse("{\"api\":".getBytes(UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not an API schema document: not JSON: ");
    }

    @Test
    void theComponentsMustBeTheDocuments() {
        ObjectNode document = (ObjectNode) json("{'api':'auth','version':'" + VERSION + "','events':{},'rpcs':{}}");

        assertThatThrownBy(() -> new ApiSchema("billing", VERSION, document))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventsAndInterfaceMustBelongToTheApi() {
        SchemaGenerator generator = new SchemaGenerator();

        assertThatThrownBy(() -> generator.api("billing", List.of(event(AuthApi.UserDeleted.class)), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("auth.user_deleted does not belong to API billing");
        assertThatThrownBy(() -> generator.api("billing", List.of(), api()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(AuthApi.class.getName() + " is API auth, not billing");
    }

    private static ApiSchema authApi(SchemaGenerator generator) {
        return generator.api("auth", List.of(event(AuthApi.UserSignedUp.class), event(AuthApi.UserDeleted.class)),
                api());
    }

    private static ApiType api() {
        return new ApiTypes().inspect(AuthApi.class).apiType();
    }

    private static org.lightbus.cdi.model.Procedure procedure(String name) {
        return api().procedures().get(name);
    }

    private static EventType event(Class<?> type) {
        return new EventTypes().inspect(type).eventType();
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
