package org.lightbus.testing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One field in which a value differs from the expected one, as the values travel on the bus (JSON), with its path in
 * the notation of schema violations: {@code $.email}, {@code $.lines[2].sku}, {@code $[1]} (the second argument of a
 * call).
 *
 * @param path
 *            where the values differ
 * @param expected
 *            the expected JSON value there, {@link MissingNode} if absent
 * @param actual
 *            the actual JSON value there, {@link MissingNode} if absent
 */
record JsonDifference(String path, JsonNode expected, JsonNode actual) {

    /**
     * @return every difference between the two trees, leaves first-found first
     */
    static List<JsonDifference> between(JsonNode expected, JsonNode actual) {
        List<JsonDifference> differences = new ArrayList<>();
        compare("$", expected, actual, differences);
        return differences;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<JsonDifference> differences) {
        if (expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(path + "." + name, expected.path(name), actual.path(name), differences);
            }
        } else if (expected.isArray() && actual.isArray()) {
            Iterator<JsonNode> left = expected.elements();
            Iterator<JsonNode> right = actual.elements();
            for (int i = 0; left.hasNext() || right.hasNext(); i++) {
                compare(path + "[" + i + "]", left.hasNext() ? left.next() : MissingNode.getInstance(),
                        right.hasNext() ? right.next() : MissingNode.getInstance(), differences);
            }
        } else {
            differences.add(new JsonDifference(path, expected, actual));
        }
    }

    @Override
    public String toString() {
        return path + ": expected " + show(expected) + " but was " + show(actual);
    }

    private static String show(JsonNode value) {
        return value.isMissingNode() ? "(absent)" : value.toString();
    }
}
