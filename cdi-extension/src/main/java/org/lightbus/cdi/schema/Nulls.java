package org.lightbus.cdi.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Allowing null in a generated schema the way victools does: {@code "null"} added to a plain {@code type}, or an
 * {@code anyOf} of {@code {"type": "null"}} and a reference, an enum or a union.
 */
final class Nulls {

    private static final ObjectNode NULL = JsonNodeFactory.instance.objectNode().put("type", "null");

    private Nulls() {
    }

    /**
     * @param schema
     *            a schema, not changed
     *
     * @return a schema that also allows null
     */
    static ObjectNode allow(ObjectNode schema) {
        if (allows(schema)) {
            return schema.deepCopy();
        }
        ObjectNode nullable = JsonNodeFactory.instance.objectNode();
        JsonNode type = schema.get("type");
        boolean plain = !schema.has("$ref") && !schema.has("enum") && !schema.has("const") && !schema.has("anyOf")
                && !schema.has("oneOf") && !schema.has("allOf");
        if (plain && type != null && type.isTextual()) {
            nullable.setAll(schema.deepCopy());
            nullable.putArray("type").add(type.textValue()).add("null");
        } else if (plain && type != null && type.isArray()) {
            nullable.setAll(schema.deepCopy());
            nullable.withArray("type").add("null");
        } else {
            nullable.putArray("anyOf").add(NULL.deepCopy()).add(schema.deepCopy());
        }
        return nullable;
    }

    /**
     * @param schema
     *            a schema
     *
     * @return true if it plainly allows null: a {@code type} that includes {@code "null"}, or an {@code anyOf} with a
     *         null branch
     */
    static boolean allows(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isTextual() && type.textValue().equals("null")) {
            return true;
        }
        for (JsonNode entry : type) {
            if (entry.asText().equals("null")) {
                return true;
            }
        }
        for (JsonNode branch : schema.path("anyOf")) {
            if (allows(branch)) {
                return true;
            }
        }
        return false;
    }
}
