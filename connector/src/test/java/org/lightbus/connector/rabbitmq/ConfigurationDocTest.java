package org.lightbus.connector.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Keeps the connector table of {@code docs/configuration.md} equal to the {@link RabbitMQAttribute} declarations.
 * Regenerate it with {@code -Dlightbus.docs.update=true}.
 */
class ConfigurationDocTest {

    static final String START = "<!-- connector-attributes:start -->";
    static final String END = "<!-- connector-attributes:end -->";

    private static final Path DOC = Path.of(System.getProperty("basedir", "."), "..", "docs", "configuration.md")
            .normalize();

    static String render(RabbitMQAttribute... declarations) {
        StringBuilder table = new StringBuilder().append("| Key | Alias | Type | Default | Description |\n")
                .append("|-----|-------|------|---------|-------------|\n");
        for (RabbitMQAttribute d : declarations) {
            table.append("| `").append(d.key()).append("` | ").append(d.alias() == null ? "" : "`" + d.alias() + "`")
                    .append(" | ").append(d.type()).append(" | ")
                    .append(d.defaultValue().isEmpty() ? "" : "`" + d.defaultValue() + "`").append(" | ")
                    .append(d.description().replace("|", "\\|")).append(" |\n");
        }
        return table.toString();
    }

    @Test
    void connectorTableIsGeneratedFromTheAttributeDeclarations() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertThat(start).as("%s must contain %s before %s", DOC, START, END).isNotNegative().isLessThan(end);

        String current = doc.substring(start + START.length(), end);
        String expected = "\n" + render(RabbitMQAttribute.values());
        if (Boolean.getBoolean("lightbus.docs.update")) {
            Files.writeString(DOC, doc.substring(0, start + START.length()) + expected + doc.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(current).as(
                "docs/configuration.md is out of date with RabbitMQAttribute. Regenerate it: ./mvnw -pl api,connector -am install "
                        + "-Dtest=ConfigurationDocTest -Dsurefire.failIfNoSpecifiedTests=false "
                        + "-Dlightbus.docs.update=true")
                .isEqualTo(expected);
    }
}
