package org.lightbus.cdi.schema;

import java.util.Objects;

/**
 * One kind of value that a writer's contract allows and a reader's contract does not accept.
 *
 * @param path
 *            where, as a JSON path: {@code $.email}, {@code $.addresses[*].city}, {@code $[0]} (the first argument),
 *            {@code $.counts.*} (any value of a map)
 * @param problem
 *            what, naming both sides, e.g. {@code type change: published string, local integer}
 */
public record Incompatibility(String path, String problem) {

    /** Checks that no component is null. */
    public Incompatibility {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(problem, "problem");
    }

    /**
     * @return {@code <path>: <problem>}
     */
    @Override
    public String toString() {
        return path + ": " + problem;
    }
}
