package org.lightbus.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

/**
 * Checks a JSON value against a schema of an API's schema document (JSON Schema draft 2020-12, formats asserted, as the
 * applications check them: {@code docs/contracts.md}), and lists each violation with its JSON path.
 */
final class SchemaValidator {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_PATH).locale(Locale.ENGLISH).build()));

    private SchemaValidator() {
    }

    /**
     * @param schema
     *            a JSON Schema, e.g. {@code events.<event>} or {@code rpcs.<procedure>.parameters} of a schema document
     * @param value
     *            the value to check
     *
     * @return each violation as {@code <path>: <rule>}, e.g. {@code $.amount: string found, integer expected}; empty if
     *         the value is valid
     *
     * @throws IllegalArgumentException
     *             if the schema is not a valid JSON Schema
     */
    static List<String> violations(JsonNode schema, JsonNode value) {
        Schema compiled;
        try {
            compiled = REGISTRY.getSchema(schema.deepCopy());
            compiled.initializeValidators();
        } catch (SchemaException e) {
            throw new IllegalArgumentException("invalid JSON Schema: " + e.getMessage(), e);
        }
        List<String> violations = new ArrayList<>();
        for (Error error : compiled.validate(value == null ? NullNode.getInstance() : value)) {
            violations.add(path(error) + ": " + error.getMessage());
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
