package org.lightbus.connector.rabbitmq;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.reactive.messaging.spi.ConnectorAttribute;

/**
 * Reads the {@link ConnectorAttribute} declarations of a class. The annotation has {@code CLASS} retention, so
 * reflection does not see it: this reads the {@code RuntimeInvisibleAnnotations} attribute of the class file instead.
 * This keeps the annotations the single source of truth for names, defaults and aliases, at run time and in the
 * generated documentation.
 */
final class AttributeDeclarations {

    private static final String ATTRIBUTE = descriptor(ConnectorAttribute.class);
    private static final String CONTAINER = "Lorg/eclipse/microprofile/reactive/messaging/spi/ConnectorAttributes;";

    private AttributeDeclarations() {
    }

    /**
     * @param type
     *            a top-level class annotated with {@code @ConnectorAttribute}
     *
     * @return its declarations, in source order
     */
    static List<AttributeDeclaration> of(Class<?> type) {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            if (in == null) {
                throw new IllegalStateException("The class file of " + type.getName() + " cannot be read");
            }
            List<AttributeDeclaration> declarations = new ArrayList<>();
            for (ClassFileAnnotations.Annotation annotation : ClassFileAnnotations
                    .read(new DataInputStream(new BufferedInputStream(in)))) {
                if (annotation.type().equals(ATTRIBUTE)) {
                    declarations.add(toDeclaration(annotation.values()));
                } else if (annotation.type().equals(CONTAINER)) {
                    for (Object nested : (List<?>) annotation.values().get("value")) {
                        declarations.add(toDeclaration(((ClassFileAnnotations.Annotation) nested).values()));
                    }
                }
            }
            return List.copyOf(declarations);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the connector attributes of " + type.getName(), e);
        }
    }

    /**
     * @param type
     *            a top-level class annotated with {@code @ConnectorAttribute}
     *
     * @return its declarations by name
     */
    static Map<String, AttributeDeclaration> byName(Class<?> type) {
        Map<String, AttributeDeclaration> byName = new HashMap<>();
        for (AttributeDeclaration declaration : of(type)) {
            if (byName.put(declaration.name(), declaration) != null) {
                throw new IllegalStateException("Connector attribute " + declaration.name() + " is declared twice");
            }
        }
        return Map.copyOf(byName);
    }

    private static AttributeDeclaration toDeclaration(Map<String, Object> values) {
        return new AttributeDeclaration((String) values.get("name"), (String) values.get("type"),
                (String) values.get("description"), valueOrNull(values.get("defaultValue")),
                valueOrNull(values.get("alias")));
    }

    private static String valueOrNull(Object value) {
        return value == null || ConnectorAttribute.NO_VALUE.equals(value) ? null : (String) value;
    }

    private static String descriptor(Class<?> type) {
        return "L" + type.getName().replace('.', '/') + ";";
    }
}
