package org.lightbus.cdi.schema;

import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Allows null for the elements of collections and arrays and the values of maps that are {@code Optional} or carry a
 * type-use {@code @Nullable}, at any depth ({@code List<List<@Nullable String>>}). victools decides the nullability of
 * record components and of {@code Optional} values; it does not look into type arguments, which this walk over a
 * generated schema and the annotated Java type beside it does.
 */
final class TypeUseNulls {

    private final ObjectNode root;
    private final Set<String> visited = new HashSet<>();

    private TypeUseNulls(ObjectNode root) {
        this.root = root;
    }

    /**
     * @param schema
     *            a generated event schema, changed in place
     * @param record
     *            its record class
     */
    static void applyToEvent(ObjectNode schema, Class<?> record) {
        new TypeUseNulls(schema).record(schema, record);
    }

    /**
     * @param root
     *            the generated document holding {@code $defs}, changed in place
     * @param value
     *            the schema of one value within it (an argument, a result)
     * @param type
     *            the value's annotated type
     */
    static void apply(ObjectNode root, JsonNode value, AnnotatedType type) {
        new TypeUseNulls(root).value(value, type);
    }

    private void record(JsonNode schema, Class<?> record) {
        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode property = schema.path("properties").get(component.getName());
            if (property != null) {
                value(property, component.getAnnotatedType());
            }
        }
    }

    private void value(JsonNode schema, AnnotatedType type) {
        JsonNode present = nonNull(schema);
        Class<?> raw = raw(type.getType());
        if (type instanceof AnnotatedArrayType array) {
            element(present, "items", array.getAnnotatedGenericComponentType());
        } else if (raw != null && raw.isRecord()) {
            String reference = present.path("$ref").asText("");
            String name = reference.startsWith("#/$defs/") ? reference.substring("#/$defs/".length()) : null;
            if (name != null && visited.add(name)) {
                record(root.path("$defs").path(name), raw);
            }
        } else if (type instanceof AnnotatedParameterizedType parameterized) {
            AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
            if (raw == Optional.class) {
                value(present, arguments[0]);
            } else if (Collection.class.isAssignableFrom(raw)) {
                element(present, "items", arguments[0]);
            } else if (Map.class.isAssignableFrom(raw)) {
                element(present, "additionalProperties", arguments[1]);
            }
        }
    }

    private void element(JsonNode container, String keyword, AnnotatedType type) {
        JsonNode element = container.get(keyword);
        if (!(element instanceof ObjectNode elementSchema)) {
            return;
        }
        Class<?> raw = raw(type.getType());
        if ((raw != null && Nullability.isOptional(raw)) || Nullability.annotated(type)) {
            elementSchema = Nulls.allow(elementSchema);
            ((ObjectNode) container).set(keyword, elementSchema);
        }
        value(elementSchema, type);
    }

    /** The schema without its null alternative: the non-null branch of a nullable {@code anyOf}. */
    private static JsonNode nonNull(JsonNode schema) {
        JsonNode anyOf = schema.get("anyOf");
        if (anyOf != null && anyOf.size() == 2) {
            for (JsonNode branch : anyOf) {
                if (!branch.path("type").asText("").equals("null")) {
                    return branch;
                }
            }
        }
        return schema;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> cls) {
            return cls;
        }
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : null;
    }
}
