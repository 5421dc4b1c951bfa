package org.lightbus.cdi.schema;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.lightbus.cdi.model.ApiType;
import org.lightbus.cdi.model.EventType;
import org.lightbus.cdi.model.Procedure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.SchemaBuilder;

/**
 * Generates the JSON Schema (draft 2020-12) of what {@link org.lightbus.cdi.codec.JsonCodec} writes for bus events, RPC
 * arguments and RPC results. The rules are in {@code docs/contracts.md}: a record is an object of its components, each
 * required and non-null unless it is an {@code Optional} (or {@code OptionalInt}, {@code OptionalLong},
 * {@code OptionalDouble}) or carries an annotation named {@code Nullable}; nested records are {@code $ref}s into
 * {@code $defs}; unknown properties are allowed, since the codec ignores them.
 *
 * <p>
 * Thread-safe; schemas are generated once per type or procedure and cached. Each call returns a fresh copy, which the
 * caller may change.
 *
 * <pre>
 * SchemaGenerator generator = new SchemaGenerator();
 * ObjectNode schema = generator.event(AuthApi.UserSignedUp.class);
 * List&lt;Violation&gt; problems = CompiledSchema.compile(schema).validate(json);
 * </pre>
 */
public final class SchemaGenerator {

    /** The {@code $schema} of every generated schema. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final com.github.victools.jsonschema.generator.SchemaGenerator victools = GeneratorSetup.generator();
    private final Map<Class<?>, ObjectNode> events = new ConcurrentHashMap<>();
    private final Map<Method, ObjectNode> parameters = new ConcurrentHashMap<>();
    private final Map<Method, ObjectNode> results = new ConcurrentHashMap<>();

    /** Creates a generator with an empty cache. */
    public SchemaGenerator() {
    }

    /**
     * @param eventRecord
     *            a record class, normally a {@code @BusEvent}
     *
     * @return its schema: {@code {"$schema", "type": "object", "properties", "required", "$defs"}}
     *
     * @throws NullPointerException
     *             if {@code eventRecord} is null
     * @throws IllegalArgumentException
     *             if it is not a record
     */
    public ObjectNode event(Class<?> eventRecord) {
        Objects.requireNonNull(eventRecord, "eventRecord");
        if (!eventRecord.isRecord()) {
            throw new IllegalArgumentException(eventRecord.getName() + " is not a record");
        }
        return cached(events, eventRecord, type -> {
            ObjectNode schema = ordered(victools.generateSchema(type));
            TypeUseNulls.applyToEvent(schema, type);
            return schema;
        });
    }

    /**
     * @param procedure
     *            a remote procedure
     *
     * @return the schema of its arguments as the codec sends them, a JSON array in parameter order: {@code {"type":
     *         "array", "prefixItems": [...], "items": false, "minItems": n, "maxItems": n}}, each item titled with the
     *         parameter's name when the interface was compiled with {@code -parameters}
     *
     * @throws NullPointerException
     *             if {@code procedure} is null
     */
    public ObjectNode parameters(Procedure procedure) {
        Objects.requireNonNull(procedure, "procedure");
        return cached(parameters, procedure.method(), method -> generateParameters(procedure));
    }

    /**
     * @param procedure
     *            a remote procedure
     *
     * @return the schema of its result ({@link Procedure#resultType()}); {@code {"type": "null"}} for {@code void};
     *         null is allowed for an {@code Optional} result or a method annotated {@code @Nullable}
     *
     * @throws NullPointerException
     *             if {@code procedure} is null
     */
    public ObjectNode result(Procedure procedure) {
        Objects.requireNonNull(procedure, "procedure");
        return cached(results, procedure.method(), method -> generateResult(procedure));
    }

    /**
     * @param apiName
     *            the API's name on the bus
     * @param events
     *            the API's {@code @BusEvent} records; may be empty
     * @param api
     *            its {@code @BusApi} interface model, or null for an API that has only events
     *
     * @return the API's contract, its events and procedures sorted by name
     *
     * @throws NullPointerException
     *             if {@code apiName} or {@code events} is null
     * @throws IllegalArgumentException
     *             if an event or the interface belongs to another API, or two events share a name
     */
    public ApiSchema api(String apiName, Collection<EventType> events, ApiType api) {
        Objects.requireNonNull(apiName, "apiName");
        Map<String, JsonNode> eventSchemas = new TreeMap<>();
        for (EventType event : events) {
            if (!event.api().equals(apiName)) {
                throw new IllegalArgumentException(event.fullName() + " does not belong to API " + apiName);
            }
            if (eventSchemas.put(event.name(), event(event.type())) != null) {
                throw new IllegalArgumentException("two events of API " + apiName + " are named " + event.name());
            }
        }
        Map<String, JsonNode> rpcs = new TreeMap<>();
        if (api != null) {
            if (!api.name().equals(apiName)) {
                throw new IllegalArgumentException(api.type().getName() + " is API " + api.name() + ", not " + apiName);
            }
            api.procedures().forEach((name, procedure) -> rpcs.put(name, JSON.objectNode()
                    .<ObjectNode> set("parameters", parameters(procedure)).set("result", result(procedure))));
        }
        return ApiSchema.of(apiName, JSON.objectNode().setAll(eventSchemas), JSON.objectNode().setAll(rpcs));
    }

    private <K> ObjectNode cached(Map<K, ObjectNode> cache, K key, Function<K, ObjectNode> generate) {
        return cache.computeIfAbsent(key, k -> {
            synchronized (victools) {
                return generate.apply(k);
            }
        }).deepCopy();
    }

    private ObjectNode generateParameters(Procedure procedure) {
        Parameter[] declared = procedure.method().getParameters();
        Type[] types = procedure.parameterTypes();
        SchemaBuilder builder = victools.buildMultipleSchemaDefinitions();
        List<ObjectNode> references = new ArrayList<>();
        for (Type type : types) {
            references.add(builder.createSchemaReference(type));
        }
        ObjectNode definitions = builder.collectDefinitions("$defs");
        ObjectNode schema = JSON.objectNode().put("$schema", DIALECT).put("type", "array");
        for (int i = 0; i < types.length; i++) {
            ObjectNode item = schema.withArray("prefixItems").addObject();
            if (declared[i].isNamePresent()) {
                item.put("title", declared[i].getName());
            }
            item.setAll(Nullability.of(declared[i]) ? Nulls.allow(references.get(i)) : references.get(i));
        }
        schema.put("items", false).put("minItems", types.length).put("maxItems", types.length);
        withDefinitions(schema, definitions);
        for (int i = 0; i < types.length; i++) {
            TypeUseNulls.apply(schema, schema.get("prefixItems").get(i), declared[i].getAnnotatedType());
        }
        return schema;
    }

    private ObjectNode generateResult(Procedure procedure) {
        ObjectNode schema = JSON.objectNode().put("$schema", DIALECT);
        if (procedure.resultType() == Void.class) {
            return schema.put("type", "null");
        }
        SchemaBuilder builder = victools.buildMultipleSchemaDefinitions();
        ObjectNode reference = builder.createSchemaReference(procedure.resultType());
        ObjectNode definitions = builder.collectDefinitions("$defs");
        schema.setAll(Nullability.ofResult(procedure.method()) ? Nulls.allow(reference) : reference);
        withDefinitions(schema, definitions);
        TypeUseNulls.apply(schema, schema, Nullability.resultType(procedure.method()));
        return schema;
    }

    private static ObjectNode withDefinitions(ObjectNode schema, ObjectNode definitions) {
        if (!definitions.isEmpty()) {
            schema.set("$defs", definitions);
        }
        return schema;
    }

    /** {@code $schema} first and {@code $defs} last, for people reading the schema. */
    private static ObjectNode ordered(ObjectNode generated) {
        ObjectNode schema = JSON.objectNode();
        schema.set("$schema", generated.get("$schema"));
        generated.properties().forEach(e -> {
            if (!e.getKey().equals("$schema") && !e.getKey().equals("$defs")) {
                schema.set(e.getKey(), e.getValue());
            }
        });
        return withDefinitions(schema,
                generated.has("$defs") ? (ObjectNode) generated.get("$defs") : JSON.objectNode());
    }
}
