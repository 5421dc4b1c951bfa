package org.lightbus.example.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ConfiguredBrokerTest {

    @Test
    void withoutConfigurationTheDemoLooksOnLoopbackAtItsPort() {
        ConfiguredBroker broker = ConfiguredBroker.of(Map.of(), 5679);

        assertThat(broker.fromEnvironment()).isFalse();
        assertThat(broker.describe()).isEqualTo("127.0.0.1:5679");
    }

    @Test
    void hostAndPortComeFromTheEnvironment() {
        ConfiguredBroker broker = ConfiguredBroker.of(Map.of("LIGHTBUS_RABBITMQ_HOST", "rabbit.example.com"), 5672);

        assertThat(broker.fromEnvironment()).isTrue();
        assertThat(broker.describe()).isEqualTo("rabbit.example.com:5672");
    }

    @Test
    void anAddressListWinsOverHostAndPort() {
        ConfiguredBroker broker = ConfiguredBroker.of(
                Map.of("LIGHTBUS_RABBITMQ_ADDRESSES", "rabbit-1:5673, rabbit-2", "LIGHTBUS_RABBITMQ_HOST", "ignored"),
                5672);

        assertThat(broker.fromEnvironment()).isTrue();
        assertThat(broker.describe()).isEqualTo("rabbit-1:5673, rabbit-2:5672");
    }
}
