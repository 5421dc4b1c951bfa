package org.lightbus.cdi.schema;

import java.lang.reflect.RecordComponent;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.impl.DefinitionKey;
import com.github.victools.jsonschema.generator.naming.SchemaDefinitionNamingStrategy;

/**
 * The victools configuration that makes its schemas describe what {@link org.lightbus.cdi.codec.JsonCodec} writes:
 * records as objects of their components (in declaration order, each in {@code $defs}), value types as in
 * {@link ValueSchemas}, enums by constant name, sets with unique items, maps as objects of their values (an enum key
 * type lists its constants in {@code propertyNames}), and {@link Nullability}'s rule for null and required.
 */
final class GeneratorSetup {

    private GeneratorSetup() {
    }

    /**
     * @return a new generator; not thread-safe
     */
    static SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON).with(Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.INLINE_NULLABLE_SCHEMAS)
                        .without(Option.FLATTENED_SUPPLIERS, Option.VALUES_FROM_CONSTANT_FIELDS);
        builder.forTypesInGeneral().withCustomDefinitionProvider(GeneratorSetup::valueDefinition)
                .withArrayUniqueItemsResolver(scope -> scope.getType().isInstanceOf(Set.class) ? Boolean.TRUE : null)
                .withPropertySorter(Comparator.comparingInt(GeneratorSetup::componentIndex))
                .withDefinitionNamingStrategy(new Naming());
        builder.forFields().withNullableCheck(Nullability::of).withRequiredCheck(field -> !Nullability.of(field));
        return new SchemaGenerator(builder.build());
    }

    private static CustomDefinition valueDefinition(ResolvedType type, SchemaGenerationContext context) {
        Class<?> raw = type.getErasedType();
        ObjectNode schema = valueSchema(raw);
        if (schema != null && Nullability.isOptional(raw)) {
            context.makeNullable(schema);
        }
        if (raw == Optional.class) {
            // an Optional inside a container or as a parameter; a record component's is unwrapped before this
            ResolvedType value = type.getTypeParameters().get(0);
            schema = valueSchema(value.getErasedType());
            if (schema != null) {
                context.makeNullable(schema);
            } else {
                schema = context.getGeneratorConfig().createObjectNode();
                schema.putArray("anyOf").addObject().put("type", "null");
                schema.withArray("anyOf").add(context.createDefinitionReference(value));
            }
        }
        if (Map.class.isAssignableFrom(raw)) {
            schema = map(type, context);
        }
        return schema == null ? null : new CustomDefinition(schema, CustomDefinition.INLINE_DEFINITION,
                CustomDefinition.INCLUDING_ATTRIBUTES);
    }

    /** A map is an object of its values, inline; an enum key type lists its constants in propertyNames. */
    private static ObjectNode map(ResolvedType type, SchemaGenerationContext context) {
        List<ResolvedType> keyAndValue = type.typeParametersFor(Map.class);
        ObjectNode schema = context.getGeneratorConfig().createObjectNode().put("type", "object");
        if (keyAndValue.get(0).isInstanceOf(Enum.class)) {
            schema.set("propertyNames", ValueSchemas.ofEnum(keyAndValue.get(0).getErasedType()));
        }
        return schema.set("additionalProperties", context.createDefinitionReference(keyAndValue.get(1)));
    }

    private static ObjectNode valueSchema(Class<?> type) {
        return type.isEnum() ? ValueSchemas.ofEnum(type) : ValueSchemas.of(type);
    }

    private static int componentIndex(MemberScope<?, ?> member) {
        RecordComponent[] components = member.getDeclaringType().getErasedType().getRecordComponents();
        if (components != null) {
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(member.getDeclaredName())) {
                    return i;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * Names a definition after the simple class name, or the full one where two classes share a simple name: the same
     * types give the same names in every JVM, whatever the order victools met them in.
     */
    private static final class Naming implements SchemaDefinitionNamingStrategy {

        @Override
        public String getDefinitionNameForKey(DefinitionKey key, SchemaGenerationContext context) {
            return context.getTypeContext().getSimpleTypeDescription(key.getType());
        }

        @Override
        public void adjustDuplicateNames(Map<DefinitionKey, String> duplicates, SchemaGenerationContext context) {
            duplicates.replaceAll((key, name) -> context.getTypeContext().getFullTypeDescription(key.getType()));
        }

        @Override
        public String adjustNullableName(DefinitionKey key, String name, SchemaGenerationContext context) {
            return name + "-nullable";
        }
    }
}
