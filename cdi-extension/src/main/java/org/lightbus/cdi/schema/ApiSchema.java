package org.lightbus.cdi.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The contract of one API as published on the bus: the schema of each event, and of each procedure's arguments and
 * result.
 *
 * <pre>
 * {"api": "auth", "version": "sha256:&lt;hex&gt;",
 *  "events": {"user_signed_up": &lt;schema&gt;},
 *  "rpcs": {"check_password": {"parameters": &lt;schema&gt;, "result": &lt;schema&gt;}}}
 * </pre>
 *
 * The version is the SHA-256 of a canonical form of {@code events} and {@code rpcs} (object keys sorted, no
 * whitespace): the same Java types give the same version in every JVM, and any change to a schema gives another.
 * Instances come from {@link SchemaGenerator#api} or {@link #parse}; the document is shared, not copied, so callers
 * must not change it.
 *
 * @param api
 *            the API name, as in the document
 * @param version
 *            {@code sha256:} and 64 lowercase hex digits, as in the document
 * @param document
 *            the whole document
 */
public record ApiSchema(String api, String version, ObjectNode document) {

    private static final Pattern VERSION = Pattern.compile("sha256:[0-9a-f]{64}");
    /** With a buffer pool of its own, like {@code JsonCodec}'s: none is left in a server thread's ThreadLocal. */
    private static final ObjectMapper MAPPER = JsonMapper
            .builder(JsonFactory.builder().recyclerPool(JsonRecyclerPools.newConcurrentDequePool()).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /**
     * Checks that the components agree with the document.
     *
     * @throws NullPointerException
     *             if a component is null
     * @throws IllegalArgumentException
     *             if {@code api} or {@code version} differs from the document's
     */
    public ApiSchema {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(document, "document");
        if (!api.equals(document.path("api").asText(null)) || !version.equals(document.path("version").asText(null))) {
            throw new IllegalArgumentException("api and version must be those of the document");
        }
    }

    /**
     * @param json
     *            the UTF-8 JSON of a document such as {@link #toJson()} writes
     *
     * @return the contract
     *
     * @throws NullPointerException
     *             if {@code json} is null
     * @throws IllegalArgumentException
     *             naming what is wrong, if it is not JSON or not an API schema document
     */
    public static ApiSchema parse(byte[] json) {
        Objects.requireNonNull(json, "json");
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an API schema document: not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("not an API schema document: " + e.getMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw invalid("not a JSON object");
        }
        String api = text(tree, "api");
        String version = text(tree, "version");
        if (!VERSION.matcher(version).matches()) {
            throw invalid("\"version\" must be sha256:<64 hex digits>, not \"" + version + "\"");
        }
        for (Map.Entry<String, JsonNode> event : objectAt(tree, "events").properties()) {
            requireSchema(event.getValue(), "event \"" + event.getKey() + "\"");
        }
        for (Map.Entry<String, JsonNode> rpc : objectAt(tree, "rpcs").properties()) {
            String where = "rpc \"" + rpc.getKey() + "\"";
            if (!rpc.getValue().isObject()) {
                throw invalid(where + " must be an object");
            }
            requireSchema(rpc.getValue().get("parameters"), where + " \"parameters\"");
            requireSchema(rpc.getValue().get("result"), where + " \"result\"");
        }
        return new ApiSchema(api, version, (ObjectNode) tree);
    }

    /**
     * @return the document as pretty-printed UTF-8 JSON
     */
    public byte[] toJson() {
        try {
            return MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree is always writable", e);
        }
    }

    /**
     * @param name
     *            an event name, e.g. {@code user_signed_up}
     *
     * @return its schema, empty if the API has no such event
     */
    public Optional<JsonNode> event(String name) {
        return Optional.ofNullable(document.path("events").get(name));
    }

    /**
     * @param procedure
     *            a procedure name, e.g. {@code check_password}
     *
     * @return the schema of its arguments, empty if the API has no such procedure
     */
    public Optional<JsonNode> parameters(String procedure) {
        return Optional.ofNullable(document.path("rpcs").path(procedure).get("parameters"));
    }

    /**
     * @param procedure
     *            a procedure name
     *
     * @return the schema of its result, empty if the API has no such procedure
     */
    public Optional<JsonNode> result(String procedure) {
        return Optional.ofNullable(document.path("rpcs").path(procedure).get("result"));
    }

    /** Builds the document of an API and computes its version. */
    static ApiSchema of(String api, ObjectNode events, ObjectNode rpcs) {
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        content.set("events", events);
        content.set("rpcs", rpcs);
        String version = "sha256:" + sha256(canonical(content));
        ObjectNode document = JsonNodeFactory.instance.objectNode().put("api", api).put("version", version);
        document.setAll(content);
        return new ApiSchema(api, version, document);
    }

    private static byte[] canonical(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(sorted(node)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree is always writable", e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> entries = new TreeMap<>();
            node.properties().forEach(e -> entries.put(e.getKey(), sorted(e.getValue())));
            return JsonNodeFactory.instance.objectNode().setAll(entries);
        }
        if (node.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                array.add(sorted(it.next()));
            }
            return array;
        }
        return node;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String text(JsonNode tree, String field) {
        JsonNode value = tree.get(field);
        if (value == null || !value.isTextual()) {
            throw invalid("\"" + field + "\" must be a string");
        }
        return value.textValue();
    }

    private static JsonNode objectAt(JsonNode tree, String field) {
        JsonNode value = tree.get(field);
        if (value == null || !value.isObject()) {
            throw invalid("\"" + field + "\" must be an object");
        }
        return value;
    }

    private static void requireSchema(JsonNode schema, String what) {
        if (schema == null || !schema.isObject()) {
            throw invalid(what + " must be a schema object");
        }
    }

    private static IllegalArgumentException invalid(String problem) {
        return new IllegalArgumentException("not an API schema document: " + problem);
    }
}
