package org.lightbus.cdi.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One schema seen as a reader sees it: whether it allows null, which other JSON types it allows, and the keywords that
 * narrow those, with {@code $ref}s and the null alternative of a nullable {@code anyOf} resolved. Schemas are the
 * generator's, so {@code anyOf} only ever adds null.
 *
 * @param node
 *            the non-null part of the schema, its {@code $ref} resolved
 * @param nullable
 *            true if null is allowed
 * @param types
 *            the other JSON types allowed; empty with {@code any} for a schema that allows anything
 * @param any
 *            true if the schema constrains nothing (but null)
 */
record Shape(JsonNode node, boolean nullable, Set<String> types, boolean any) {

    /**
     * @param schema
     *            a schema node
     * @param root
     *            the schema its {@code $ref}s resolve in
     *
     * @return its shape
     */
    static Shape of(JsonNode schema, JsonNode root) {
        JsonNode node = resolve(schema, root);
        boolean nullable = false;
        if (node.has("anyOf")) {
            JsonNode present = MissingNode.getInstance();
            for (JsonNode branch : node.get("anyOf")) {
                JsonNode resolved = resolve(branch, root);
                if (isNull(resolved)) {
                    nullable = true;
                } else {
                    present = resolved;
                }
            }
            node = present;
        }
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = node.path("type");
        for (JsonNode entry : type.isArray() ? type : List.of(type)) {
            if (entry.isTextual()) {
                types.add(entry.textValue());
            }
        }
        for (JsonNode value : node.path("enum")) {
            types.add(jsonType(value));
        }
        nullable |= types.remove("null");
        boolean any = types.isEmpty() && !node.isMissingNode() && !isNull(node);
        return new Shape(node, nullable, types, any);
    }

    /**
     * @param type
     *            a JSON type
     *
     * @return true if this shape allows it; a number allows an integer
     */
    boolean allows(String type) {
        return any || types.contains(type) || (type.equals("integer") && types.contains("number"));
    }

    /**
     * @return the enum constants, null if not an enum
     */
    List<String> enumValues() {
        if (!node.has("enum")) {
            return null;
        }
        List<String> values = new ArrayList<>();
        node.get("enum").forEach(value -> {
            if (!value.isNull()) {
                values.add(value.asText());
            }
        });
        return values;
    }

    /**
     * @return what a person reads: {@code string (format date-time)}, {@code integer (int32)}, {@code number|null}
     */
    String describe() {
        StringBuilder text = new StringBuilder(any ? "any value" : types.isEmpty() ? "null" : String.join("|", types));
        List<String> details = new ArrayList<>();
        for (String keyword : List.of("format", "pattern", "contentEncoding")) {
            if (node.has(keyword)) {
                details.add(keyword.equals("format") && node.get(keyword).asText().startsWith("int")
                        ? node.get(keyword).asText() : keyword + " " + node.get(keyword).asText());
            }
        }
        if (!node.has("format") && (node.has("minimum") || node.has("maximum"))) {
            details.add(node.path("minimum").asText("*") + ".." + node.path("maximum").asText("*"));
        }
        if (node.has("minLength") || node.has("maxLength")) {
            details.add("length " + range(node.path("minLength").asText("0"), node.path("maxLength").asText("*")));
        }
        if (!details.isEmpty()) {
            text.append(" (").append(String.join(", ", details)).append(')');
        }
        if (nullable && !types.isEmpty()) {
            text.append(" or null");
        }
        return text.toString();
    }

    /**
     * @param minimum
     *            a lower bound
     * @param maximum
     *            an upper bound, {@code *} for none
     *
     * @return {@code 3} if they are equal, else {@code 0..*}
     */
    static String range(String minimum, String maximum) {
        return minimum.equals(maximum) ? minimum : minimum + ".." + maximum;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode root) {
        JsonNode node = schema;
        for (int hops = 0; node.has("$ref") && hops < 100; hops++) {
            String reference = node.get("$ref").asText();
            if (!reference.startsWith("#")) {
                throw new IllegalArgumentException("only references within the schema are supported: " + reference);
            }
            JsonNode target = root.at(reference.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("unresolved reference " + reference);
            }
            node = target;
        }
        return node;
    }

    private static boolean isNull(JsonNode schema) {
        return schema.path("type").asText("").equals("null");
    }

    private static String jsonType(JsonNode value) {
        return value.isTextual() ? "string" : value.isNull() ? "null" : value.isIntegralNumber() ? "integer"
                : value.isNumber() ? "number" : value.isBoolean() ? "boolean" : "object";
    }
}
