package org.lightbus.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON Schemas of the APIs this application knows: those it owns, generated from its Java types, and those the
 * owners of the APIs it listens to or calls have published on the bus. An API's schema is one JSON document,
 * {@code {"api": ..., "version": ..., "events": {...}, "rpcs": {...}}}, described in {@code docs/contracts.md}.
 *
 * <pre>
 * &#64;Inject
 * BusSchemas schemas;
 *
 * List&lt;Path&gt; written = schemas.dump(Path.of("target/schemas")); // target/schemas/auth.json, ...
 * </pre>
 */
public interface BusSchemas {

    /**
     * @return the names of the APIs whose schema this application knows, in alphabetical order; never null
     */
    Set<String> apis();

    /**
     * @param api
     *            an API name; not null
     *
     * @return its schema document as pretty-printed JSON, or empty if this application does not know it
     */
    Optional<String> schema(String api);

    /**
     * Compares this application's own contract of an API it listens to or calls with the schema the API's owner
     * published: what it would fail to read, or send that the owner would refuse. The same comparison is logged when
     * the application starts and whenever a new schema arrives.
     *
     * @param api
     *            an API name; not null
     *
     * @return one line per difference, with its field path, e.g.
     *         {@code event user_signed_up $.age: missing required field}; empty if the contracts match, if the
     *         application owns the API or does not use it, or if its owner has published no schema yet
     */
    List<String> incompatibilities(String api);

    /**
     * Writes every known schema to a file {@code <api>.json} in a directory, replacing a file of that name.
     *
     * @param directory
     *            where to write; created if missing; not null
     *
     * @return the files written, in the order of {@link #apis()}
     *
     * @throws LightbusException
     *             if a file cannot be written, naming the directory and the reason
     */
    List<Path> dump(Path directory);
}
