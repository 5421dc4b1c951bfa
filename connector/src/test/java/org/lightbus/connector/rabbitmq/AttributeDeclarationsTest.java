package org.lightbus.connector.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class AttributeDeclarationsTest {

    @Test
    void readsTheClassRetainedAnnotationsOfTheFactoryInSourceOrder() {
        List<AttributeDeclaration> declarations = AttributeDeclarations.of(RabbitMQTransportFactory.class);

        assertThat(declarations)
                .extracting(AttributeDeclaration::key, AttributeDeclaration::type, AttributeDeclaration::defaultValue,
                        AttributeDeclaration::alias)
                .containsExactly(tuple("lightbus.rabbitmq.host", "string", "127.0.0.1", "rabbitmq-host"),
                        tuple("lightbus.rabbitmq.port", "int", "5672", "rabbitmq-port"),
                        tuple("lightbus.rabbitmq.username", "string", "guest", "rabbitmq-username"),
                        tuple("lightbus.rabbitmq.password", "string", "guest", "rabbitmq-password"),
                        tuple("lightbus.rabbitmq.virtual-host", "string", "/", "rabbitmq-virtual-host"),
                        tuple("lightbus.rabbitmq.queue-type", "string", "quorum", null),
                        tuple("lightbus.rabbitmq.network-recovery-interval", "duration", "1s", null),
                        tuple("lightbus.rabbitmq.connection-timeout", "duration", "10s", null));
        assertThat(declarations).allSatisfy(d -> assertThat(d.description()).isNotBlank());
    }

    @Test
    void aClassWithoutDeclarationsHasNone() {
        assertThat(AttributeDeclarations.of(AttributeDeclarationsTest.class)).isEmpty();
    }
}
