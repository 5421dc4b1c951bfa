package org.lightbus.cdi.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

/**
 * A JSON Schema (draft 2020-12) made ready to validate values, many times and from many threads. Formats
 * ({@code date-time}, {@code uuid}, ...) are asserted, not only annotations. {@code $ref}s resolve within the schema;
 * nothing is fetched from the network.
 *
 * <pre>
 * CompiledSchema schema = CompiledSchema.compile(generator.event(UserSignedUp.class)); // once
 * List&lt;Violation&gt; violations = schema.validate(objectMapper.readTree(body)); // per message
 * </pre>
 */
public final class CompiledSchema {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_PATH).locale(Locale.ENGLISH).build()));

    private final Schema schema;

    private CompiledSchema(Schema schema) {
        this.schema = schema;
    }

    /**
     * @param schema
     *            a JSON Schema; copied, so later changes to it do not matter
     *
     * @return the compiled schema
     *
     * @throws NullPointerException
     *             if {@code schema} is null
     * @throws IllegalArgumentException
     *             if it is not a valid schema, e.g. a {@code $ref} that does not resolve
     */
    public static CompiledSchema compile(JsonNode schema) {
        Objects.requireNonNull(schema, "schema");
        try {
            Schema compiled = REGISTRY.getSchema(schema.deepCopy());
            compiled.initializeValidators();
            return new CompiledSchema(compiled);
        } catch (SchemaException e) {
            throw new IllegalArgumentException("invalid JSON Schema: " + e.getMessage(), e);
        }
    }

    /**
     * @param value
     *            a JSON value; Java null stands for JSON {@code null}
     *
     * @return every violation of the schema, in the validator's order; empty if the value is valid
     */
    public List<Violation> validate(JsonNode value) {
        JsonNode instance = value == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : value;
        List<Violation> violations = new ArrayList<>();
        for (Error error : schema.validate(instance)) {
            violations.add(new Violation(path(error), error.getMessage()));
        }
        return violations;
    }

    /** The value's location, and for a missing or unexpected property or item, the property or item itself. */
    private static String path(Error error) {
        String location = error.getInstanceLocation().toString();
        String property = error.getProperty();
        if (property != null) {
            return location + (property.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? "." + property
                    : "['" + property.replace("\\", "\\\\").replace("'", "\\'") + "']");
        }
        if ("items".equals(error.getKeyword()) && error.getIndex() != null) {
            return location + "[" + error.getIndex() + "]";
        }
        return location;
    }
}
