package org.lightbus.connector.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Objects;

import org.junit.jupiter.api.Test;

class RabbitMQAttributeTest {

    @Test
    void everyKeyIsLowercaseKebabCaseUnderThePrefixWithADefaultAndADescription() { // "" for none
        assertThat(RabbitMQAttribute.values()).allSatisfy(a -> {
            assertThat(a.key()).matches("lightbus\\.rabbitmq\\.[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(a.type()).isIn("string", "int", "boolean", "duration", "list");
            assertThat(a.defaultValue()).isNotNull();
            assertThat(a.description()).isNotBlank();
        });
    }

    @Test
    void namesAndAliasesAreUnique() {
        assertThat(Arrays.stream(RabbitMQAttribute.values()).map(RabbitMQAttribute::attributeName))
                .doesNotHaveDuplicates();
        assertThat(Arrays.stream(RabbitMQAttribute.values()).map(RabbitMQAttribute::alias).filter(Objects::nonNull))
                .doesNotHaveDuplicates().allMatch(alias -> alias.startsWith("rabbitmq-"));
    }
}
