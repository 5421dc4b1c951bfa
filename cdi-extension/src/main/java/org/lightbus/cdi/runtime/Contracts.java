package org.lightbus.cdi.runtime;

import static org.lightbus.cdi.runtime.RuntimeMessages.MESSAGES;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.lightbus.api.LightbusConfig;
import org.lightbus.api.LightbusException;
import org.lightbus.cdi.model.ApiType;
import org.lightbus.cdi.model.EventType;
import org.lightbus.cdi.model.Procedure;
import org.lightbus.cdi.runtime.RuntimeSettings.Validation;
import org.lightbus.cdi.schema.ApiSchema;
import org.lightbus.cdi.schema.CompiledSchema;
import org.lightbus.cdi.schema.Incompatibility;
import org.lightbus.cdi.schema.SchemaCompatibility;
import org.lightbus.cdi.schema.SchemaGenerator;
import org.lightbus.cdi.schema.Violation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The contracts of one application: the schemas of the APIs it owns, generated from its Java types, and those that the
 * owners of the APIs it uses publish. Validates messages against the owner's schema (the application's own contract
 * stands in while that is unknown, unless the API is strict), and compares the application's contract of a used API
 * with the published one.
 */
final class Contracts {

    /** Which way a message goes. */
    enum Direction {
        /** Sent by this application. */
        OUTGOING,
        /** Received by this application. */
        INCOMING
    }

    private final Set<String> owned;
    private final Map<String, ApiSchema> local;
    private final SchemaGenerator generator;
    private final Function<String, Validation> validation;
    private final Map<String, ApiSchema> published = new ConcurrentHashMap<>();
    private final Map<Object, CompiledSchema> compiled = new ConcurrentHashMap<>();
    private final Set<String> warnedMissing = ConcurrentHashMap.newKeySet();
    /** The validation settings by API, read once: they are asked for on every message. */
    private final Map<String, Validation> settingsByApi = new ConcurrentHashMap<>();

    /**
     * @param owned
     *            the APIs this application owns
     * @param local
     *            this application's contract of every API it owns or uses
     * @param validation
     *            the validation settings of an API
     */
    Contracts(Set<String> owned, Map<String, ApiSchema> local, SchemaGenerator generator,
            Function<String, Validation> validation) {
        this.owned = Set.copyOf(owned);
        this.local = Map.copyOf(local);
        this.generator = generator;
        this.validation = validation;
    }

    boolean owns(String api) {
        return owned.contains(api);
    }

    /**
     * @return the schema documents of the APIs this application owns, to publish
     */
    Map<String, byte[]> ownedSchemas() {
        Map<String, byte[]> schemas = new TreeMap<>();
        owned.forEach(
                api -> Optional.ofNullable(local.get(api)).ifPresent(schema -> schemas.put(api, schema.toJson())));
        return schemas;
    }

    /**
     * @return the APIs this application uses but does not own: those whose schemas it needs
     */
    Set<String> wanted() {
        Set<String> wanted = new java.util.TreeSet<>(local.keySet());
        wanted.removeAll(owned);
        return wanted;
    }

    /**
     * @return the schema of every API this application knows: its own, and those published by the owners
     */
    Map<String, ApiSchema> known() {
        Map<String, ApiSchema> known = new TreeMap<>(published);
        owned.forEach(api -> Optional.ofNullable(local.get(api)).ifPresent(schema -> known.put(api, schema)));
        return known;
    }

    /**
     * Takes a schema an owner published: keeps it when it is new, and reports how this application's contract compares.
     */
    synchronized void received(String api, byte[] json) {
        ApiSchema schema;
        try {
            schema = ApiSchema.parse(json);
        } catch (IllegalArgumentException e) {
            RuntimeLog.LOG.invalidSchemaReceived(api, e.getMessage());
            return;
        }
        if (!schema.api().equals(api) || owns(api) || !local.containsKey(api)) {
            return;
        }
        ApiSchema previous = published.put(api, schema);
        notifyAll();
        if (previous == null || !previous.version().equals(schema.version())) {
            List<Incompatibility> problems = incompatibilities(api);
            if (problems.isEmpty()) {
                RuntimeLog.LOG.schemaReceived(api, schema.version());
            } else {
                RuntimeLog.LOG.incompatibleContract(api, schema.version(), join(problems), strictKey(api));
            }
        }
    }

    /**
     * Waits until the owners of all wanted APIs have published their schemas, at most the given time.
     */
    synchronized void awaitPublished(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!published.keySet().containsAll(wanted())) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                wait(Math.max(1, left / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Compares this application's contract of each used API with the published one, when the application starts.
     *
     * @throws LightbusException
     *             listing every incompatibility of the strict APIs
     */
    void checkAtStart() {
        List<String> failures = new ArrayList<>();
        for (String api : wanted()) {
            ApiSchema schema = published.get(api);
            if (schema == null) {
                Validation settings = settings(api);
                boolean validated = settings.incoming() || settings.outgoing();
                if (validated && !settings.strict() && warnedMissing.add(api)) {
                    RuntimeLog.LOG.noPublishedSchema(api, strictKey(api));
                }
                continue;
            }
            List<Incompatibility> problems = incompatibilities(api);
            if (!problems.isEmpty() && settings(api).strict()) {
                failures.add(MESSAGES.incompatibleContract(api, schema.version(), strictKey(api), join(problems)));
            }
        }
        if (!failures.isEmpty()) {
            throw BusErrors.exception(String.join("\n", failures), null);
        }
    }

    /**
     * @return how this application's contract of an API it uses differs from the published one, with field paths; empty
     *         if it is compatible or nothing is published
     */
    List<Incompatibility> incompatibilities(String api) {
        ApiSchema theirs = published.get(api);
        ApiSchema ours = local.get(api);
        if (theirs == null || ours == null) {
            return List.of();
        }
        List<Incompatibility> problems = new ArrayList<>();
        ours.document().path("events").fieldNames().forEachRemaining(event -> {
            Optional<JsonNode> writer = theirs.event(event);
            if (writer.isEmpty()) {
                problems.add(new Incompatibility("event " + event, "not in the published schema"));
            } else {
                prefixed(problems, "event " + event,
                        SchemaCompatibility.check(writer.get(), ours.event(event).orElseThrow()));
            }
        });
        ours.document().path("rpcs").fieldNames().forEachRemaining(procedure -> {
            Optional<JsonNode> parameters = theirs.parameters(procedure);
            if (parameters.isEmpty()) {
                problems.add(new Incompatibility("procedure " + procedure, "not in the published schema"));
                return;
            }
            prefixed(problems, "parameters of " + procedure, SchemaCompatibility
                    .check(ours.parameters(procedure).orElseThrow(), parameters.get(), "local", "published"));
            prefixed(problems, "result of " + procedure, SchemaCompatibility
                    .check(theirs.result(procedure).orElseThrow(), ours.result(procedure).orElseThrow()));
        });
        return problems;
    }

    /**
     * @return the problems of an event against the schema of its API; empty if it is valid, or not checked
     */
    List<Violation> event(Direction direction, EventType type, JsonNode body) {
        return check(direction, type.api(), schema -> schema.event(type.name()), "event " + type.name(), type.type(),
                () -> generator.event(type.type()), body);
    }

    /**
     * @return the problems of the arguments of a call; empty if they are valid, or not checked
     */
    List<Violation> parameters(Direction direction, ApiType api, Procedure procedure, JsonNode arguments) {
        return check(direction, api.name(), schema -> schema.parameters(procedure.name()),
                "parameters of procedure " + procedure.name(), procedure.method(),
                () -> generator.parameters(procedure), arguments);
    }

    /**
     * @return the problems of the result of a call; empty if it is valid, or not checked
     */
    List<Violation> result(Direction direction, ApiType api, Procedure procedure, JsonNode result) {
        return check(direction, api.name(), schema -> schema.result(procedure.name()),
                "result of procedure " + procedure.name(), List.of(procedure.method(), "result"),
                () -> generator.result(procedure), result);
    }

    /**
     * @return whether messages of the API going that way are checked
     */
    boolean validates(Direction direction, String api) {
        Validation settings = settings(api);
        return direction == Direction.OUTGOING ? settings.outgoing() : settings.incoming();
    }

    /**
     * @return what the messages of an API are checked against, for messages: the published version or the local
     *         contract
     */
    String describe(String api) {
        ApiSchema schema = owns(api) ? null : published.get(api);
        return schema == null ? "the contract of this application" : "published schema " + schema.version();
    }

    private List<Violation> check(Direction direction, String api, Function<ApiSchema, Optional<JsonNode>> part,
            String partName, Object localKey, Supplier<JsonNode> localSchema, JsonNode value) {
        if (!validates(direction, api)) {
            return List.of();
        }
        CompiledSchema schema;
        ApiSchema theirs = owns(api) ? null : published.get(api);
        if (theirs != null) {
            Optional<JsonNode> node = part.apply(theirs);
            if (node.isEmpty()) {
                return List.of(new Violation("$", "the published schema " + theirs.version() + " has no " + partName));
            }
            schema = compiled.computeIfAbsent(theirs.version() + "/" + partName,
                    key -> CompiledSchema.compile(node.get()));
        } else {
            if (!owns(api)) {
                if (settings(api).strict()) {
                    return List.of(new Violation("$",
                            "the owner of API " + api + " has published no schema, and " + strictKey(api) + "=true"));
                }
                if (warnedMissing.add(api)) {
                    RuntimeLog.LOG.noPublishedSchema(api, strictKey(api));
                }
            }
            schema = compiled.computeIfAbsent(localKey, key -> CompiledSchema.compile(localSchema.get()));
        }
        return schema.validate(value);
    }

    private Validation settings(String api) {
        return settingsByApi.computeIfAbsent(api, validation);
    }

    static String strictKey(String api) {
        return LightbusConfig.forApi(api, LightbusConfig.VALIDATE_STRICT);
    }

    static String join(List<?> problems) {
        return problems.stream().map(Object::toString).collect(Collectors.joining("; "));
    }

    private static void prefixed(List<Incompatibility> into, String prefix, List<Incompatibility> problems) {
        problems.forEach(problem -> into.add(new Incompatibility(prefix + " " + problem.path(), problem.problem())));
    }
}
