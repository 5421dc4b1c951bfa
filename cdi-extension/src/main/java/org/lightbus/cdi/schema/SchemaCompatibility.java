package org.lightbus.cdi.schema;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares two schemas of the same message: can a reader that expects one read every value the other allows? Both are
 * schemas as {@link SchemaGenerator} writes them; each {@code $ref} resolves within its own schema's {@code $defs}.
 *
 * <p>
 * The reader fails on: a property it requires that the writer may leave out ({@code may be missing}, or
 * {@code missing required field} when the writer does not have it) or set to null ({@code may be null}); a type,
 * format, pattern or range the writer's does not fit in ({@code type change}: an integer fits in a number and an
 * {@code int} in a {@code long}, not the reverse); enum constants or map keys it does not know; arrays of other lengths
 * or with elements that differ so. Properties that only the writer has are fine: readers ignore them. Each problem
 * names both sides.
 *
 * <pre>
 * List&lt;Incompatibility&gt; problems = SchemaCompatibility.check(published.event("user_signed_up").orElseThrow(),
 *         generator.event(UserSignedUp.class));
 * // [$.email: type change: published string, local integer]
 * </pre>
 */
public final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    /**
     * Compares a published writer's schema with the local reader's, as for events and results, naming them
     * {@code published} and {@code local}.
     *
     * @param writer
     *            the schema of the values that will be sent
     * @param reader
     *            the schema of the values the receiving side accepts
     *
     * @return what the reader would fail to read among the values the writer's schema allows, with paths; empty if the
     *         reader reads them all
     *
     * @throws NullPointerException
     *             if a schema is null
     * @throws IllegalArgumentException
     *             if a {@code $ref} does not resolve within its schema
     */
    public static List<Incompatibility> check(JsonNode writer, JsonNode reader) {
        return check(writer, reader, "published", "local");
    }

    /**
     * Compares like {@link #check(JsonNode, JsonNode)}, naming the sides as given; for arguments, where the local side
     * writes and the published side reads: {@code check(local, published, "local", "published")}.
     *
     * @param writer
     *            the schema of the values that will be sent
     * @param reader
     *            the schema of the values the receiving side accepts
     * @param writerName
     *            what the problems call the writer
     * @param readerName
     *            what the problems call the reader
     *
     * @return what the reader would fail to read, with paths; empty if nothing
     *
     * @throws NullPointerException
     *             if an argument is null
     * @throws IllegalArgumentException
     *             if a {@code $ref} does not resolve within its schema
     */
    public static List<Incompatibility> check(JsonNode writer, JsonNode reader, String writerName, String readerName) {
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(reader, "reader");
        Comparison comparison = new Comparison(writer, reader, Objects.requireNonNull(writerName, "writerName"),
                Objects.requireNonNull(readerName, "readerName"));
        comparison.compare("$", writer, reader);
        return comparison.problems();
    }
}
