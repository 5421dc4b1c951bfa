package org.lightbus.cdi.schema;

import java.util.Objects;

/**
 * One way a JSON value breaks its schema.
 *
 * @param path
 *            where, as a JSON path from the value's root: {@code $}, {@code $.avatar.url}, {@code $[1].email}; a
 *            missing property's path names the property
 * @param rule
 *            what is wrong, e.g. {@code integer found, string expected}
 */
public record Violation(String path, String rule) {

    /** Checks that no component is null. */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * @return {@code <path>: <rule>}
     */
    @Override
    public String toString() {
        return path + ": " + rule;
    }
}
