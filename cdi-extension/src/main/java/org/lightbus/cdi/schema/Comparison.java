package org.lightbus.cdi.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One run of {@link SchemaCompatibility#check}: walks the writer's and the reader's schemas side by side and collects
 * the problems. Each pair of definitions is compared once, which ends the walk through recursive records.
 */
final class Comparison {

    private final JsonNode writerRoot;
    private final JsonNode readerRoot;
    private final String writerName;
    private final String readerName;
    private final List<Incompatibility> problems = new ArrayList<>();
    private final Set<Pair> compared = new HashSet<>();

    Comparison(JsonNode writerRoot, JsonNode readerRoot, String writerName, String readerName) {
        this.writerRoot = writerRoot;
        this.readerRoot = readerRoot;
        this.writerName = writerName;
        this.readerName = readerName;
    }

    List<Incompatibility> problems() {
        return List.copyOf(problems);
    }

    void compare(String path, JsonNode writerSchema, JsonNode readerSchema) {
        Shape writer = Shape.of(writerSchema, writerRoot);
        Shape reader = Shape.of(readerSchema, readerRoot);
        if (reader.any()) {
            return;
        }
        if (writer.nullable() && !reader.nullable()) {
            problem(path, "may be null");
        }
        if (!compared.add(new Pair(writer.node(), reader.node()))) {
            return;
        }
        if (writer.any() || !writer.types().stream().allMatch(reader::allows) || !constraintsFit(writer, reader)) {
            problem(path, "type change: " + writerName + " " + writer.describe() + ", " + readerName + " "
                    + reader.describe());
            return;
        }
        enums(path, "enum change", writer.enumValues(), reader.enumValues());
        if (writer.types().contains("object")) {
            objects(path, writer.node(), reader.node());
        }
        if (writer.types().contains("array")) {
            arrays(path, writer.node(), reader.node());
        }
    }

    /** Formats, patterns and encodings equal where the reader has one; ranges and lengths within the reader's. */
    private static boolean constraintsFit(Shape writer, Shape reader) {
        JsonNode w = writer.node();
        JsonNode r = reader.node();
        for (String keyword : List.of("format", "pattern", "contentEncoding")) {
            boolean numeric = keyword.equals("format") && r.path(keyword).asText("").matches("int32|int64");
            if (r.has(keyword) && !numeric && !r.get(keyword).equals(w.get(keyword))) {
                return false;
            }
        }
        return within(w, r, "minimum", "maximum") && within(w, r, "minLength", "maxLength");
    }

    private static boolean within(JsonNode writer, JsonNode reader, String lower, String upper) {
        boolean lowerFits = !reader.has(lower) || (writer.has(lower)
                && writer.get(lower).decimalValue().compareTo(reader.get(lower).decimalValue()) >= 0);
        boolean upperFits = !reader.has(upper) || (writer.has(upper)
                && writer.get(upper).decimalValue().compareTo(reader.get(upper).decimalValue()) <= 0);
        return lowerFits && upperFits;
    }

    private void enums(String path, String what, List<String> writerValues, List<String> readerValues) {
        if (readerValues == null) {
            return;
        }
        if (writerValues == null) {
            problem(path, what + ": " + writerName + " allows any value, " + readerName + " only "
                    + String.join(", ", readerValues));
            return;
        }
        List<String> unknown = new ArrayList<>(writerValues);
        unknown.removeAll(readerValues);
        if (!unknown.isEmpty()) {
            problem(path, what + ": " + writerName + " allows " + String.join(", ", unknown) + ", " + readerName
                    + " does not");
        }
    }

    private void objects(String path, JsonNode writer, JsonNode reader) {
        JsonNode writerValues = writer.path("additionalProperties");
        JsonNode readerValues = reader.path("additionalProperties");
        for (Map.Entry<String, JsonNode> property : reader.path("properties").properties()) {
            String name = property.getKey();
            String at = path + member(name);
            boolean required = contains(reader.path("required"), name);
            JsonNode written = writer.path("properties").get(name);
            if (written == null && writerValues.isObject()) {
                written = writerValues;
            }
            if (written == null) {
                if (required) {
                    problem(at, "missing required field");
                }
                continue;
            }
            if (required && !contains(writer.path("required"), name)) {
                problem(at, "may be missing");
            }
            compare(at, written, property.getValue());
        }
        if (readerValues.isObject()) {
            for (Map.Entry<String, JsonNode> property : writer.path("properties").properties()) {
                if (!reader.path("properties").has(property.getKey())) {
                    compare(path + member(property.getKey()), property.getValue(), readerValues);
                }
            }
            if (writerValues.isObject()) {
                compare(path + ".*", writerValues, readerValues);
            }
        }
        if (reader.has("propertyNames")) {
            enums(path, "key change", Shape.of(writer.path("propertyNames"), writerRoot).enumValues(),
                    Shape.of(reader.get("propertyNames"), readerRoot).enumValues());
        }
    }

    private void arrays(String path, JsonNode writer, JsonNode reader) {
        long writerMin = writer.path("minItems").asLong(0);
        long readerMin = reader.path("minItems").asLong(0);
        long writerMax = maxItems(writer);
        long readerMax = maxItems(reader);
        if (writerMin < readerMin || writerMax > readerMax) {
            problem(path, "length change: " + writerName + " " + items(writerMin, writerMax) + ", " + readerName + " "
                    + items(readerMin, readerMax));
        }
        int prefix = Math.max(writer.path("prefixItems").size(), reader.path("prefixItems").size());
        for (int i = 0; i < prefix && i < writerMax && i < readerMax; i++) {
            JsonNode written = item(writer, i);
            JsonNode read = item(reader, i);
            if (written != null && read != null) {
                compare(path + "[" + i + "]", written, read);
            }
        }
        if (writer.path("items").isObject() && reader.path("items").isObject() && writerMax > prefix) {
            compare(path + "[*]", writer.get("items"), reader.get("items"));
        }
        if (reader.path("uniqueItems").asBoolean() && !writer.path("uniqueItems").asBoolean()) {
            problem(path, "duplicates: " + writerName + " allows repeated items, " + readerName + " does not");
        }
    }

    private static JsonNode item(JsonNode array, int index) {
        JsonNode prefixed = array.path("prefixItems").get(index);
        if (prefixed != null) {
            return prefixed;
        }
        return array.path("items").isObject() ? array.get("items") : null;
    }

    private static long maxItems(JsonNode array) {
        long max = array.path("maxItems").asLong(Long.MAX_VALUE);
        return array.path("items").isBoolean() && !array.get("items").booleanValue()
                ? Math.min(max, array.path("prefixItems").size()) : max;
    }

    private static String items(long min, long max) {
        return Shape.range(Long.toString(min), max == Long.MAX_VALUE ? "*" : Long.toString(max)) + " items";
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode entry : array) {
            if (entry.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String member(String name) {
        return name.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? "." + name : "['" + name.replace("'", "\\'") + "']";
    }

    /** Two schema nodes, the same instances: compared once, wherever they are met. */
    private record Pair(JsonNode writer, JsonNode reader) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Pair pair && pair.writer == writer && pair.reader == reader;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(writer) + System.identityHashCode(reader);
        }
    }

    private void problem(String path, String problem) {
        Incompatibility incompatibility = new Incompatibility(path, problem);
        if (!problems.contains(incompatibility)) {
            problems.add(incompatibility);
        }
    }
}
