package org.lightbus.connector.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lightbus.api.LightbusException;

class ConnectorSettingsTest {

    @Test
    void defaultsComeFromTheAttributeDeclarations() {
        ConnectorSettings settings = ConnectorSettings.from(TestConfigs.of(Map.of()));

        assertThat(settings.addresses()).containsExactly(new BrokerAddress("127.0.0.1", 5672));
        assertThat(settings.username()).isEqualTo("guest");
        assertThat(settings.password()).isEqualTo("guest");
        assertThat(settings.virtualHost()).isEqualTo("/");
        assertThat(settings.queueType()).isEqualTo(QueueType.QUORUM);
        assertThat(settings.networkRecoveryInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.connectionTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.namespace()).isEqualTo("lightbus");
        assertThat(settings.confirmTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void lightbusKeyWinsOverAliasWhichWinsOverDefault() {
        ConnectorSettings settings = ConnectorSettings.from(TestConfigs
                .of(Map.of("lightbus.rabbitmq.host", "broker-a", "rabbitmq-host", "broker-b", "rabbitmq-port", "5673",
                        "rabbitmq-username", "ada", "rabbitmq-password", "secret", "rabbitmq-virtual-host", "/shop")));

        assertThat(settings.addresses()).containsExactly(new BrokerAddress("broker-a", 5673));
        assertThat(settings.username()).isEqualTo("ada");
        assertThat(settings.password()).isEqualTo("secret");
        assertThat(settings.virtualHost()).isEqualTo("/shop");
    }

    @Test
    void readsEveryKeyUnderThePrefix() {
        ConnectorSettings settings = ConnectorSettings.from(TestConfigs.of(Map.of("lightbus.rabbitmq.port", "1234",
                "lightbus.rabbitmq.virtual-host", "v", "lightbus.rabbitmq.queue-type", "Classic",
                "lightbus.rabbitmq.network-recovery-interval", "250ms", "lightbus.rabbitmq.connection-timeout", "PT3S",
                "lightbus.namespace", "acme", "lightbus.publish.confirm-timeout", "2s")));

        assertThat(settings.addresses()).containsExactly(new BrokerAddress("127.0.0.1", 1234));
        assertThat(settings.virtualHost()).isEqualTo("v");
        assertThat(settings.queueType()).isEqualTo(QueueType.CLASSIC);
        assertThat(settings.networkRecoveryInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.connectionTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.namespace()).isEqualTo("acme");
        assertThat(settings.confirmTimeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void anAddressListReplacesHostAndPort() {
        ConnectorSettings settings = ConnectorSettings.from(TestConfigs.of(Map.of("lightbus.rabbitmq.host", "ignored",
                "lightbus.rabbitmq.addresses", "rabbit-1:5673, rabbit-2,[::1]:5674")));

        assertThat(settings.addresses()).containsExactly(new BrokerAddress("rabbit-1", 5673),
                new BrokerAddress("rabbit-2", 5672), new BrokerAddress("::1", 5674));
        assertThat(settings.where()).isEqualTo("rabbit-1:5673, rabbit-2:5672, [::1]:5674");
    }

    @Test
    void aBadAddressNamesTheKeyAndTheEntry() {
        LightbusException e = catchThrowableOfType(LightbusException.class, () -> ConnectorSettings
                .from(TestConfigs.of(Map.of("lightbus.rabbitmq.addresses", "rabbit-1:5672,rabbit-2:amqp"))));

        assertThat(e.getMessage()).startsWith("LBUS03001").contains("lightbus.rabbitmq.addresses")
                .contains("'rabbit-2:amqp'").contains("host[:port]");
    }

    @Test
    void nonNumericPortNamesTheKeyItCameFromAndTheAcceptedValues() {
        LightbusException e = catchThrowableOfType(LightbusException.class,
                () -> ConnectorSettings.from(TestConfigs.of(Map.of("rabbitmq-port", "amqp"))));

        assertThat(e.code()).isEqualTo("LBUS03001");
        assertThat(e.getMessage()).isEqualTo(
                "LBUS03001: The value 'amqp' of rabbitmq-port is not accepted: use an integer from 1 to 65535");
    }

    @Test
    void portOutOfRangeIsRejected() {
        LightbusException e = catchThrowableOfType(LightbusException.class,
                () -> ConnectorSettings.from(TestConfigs.of(Map.of("lightbus.rabbitmq.port", "70000"))));

        assertThat(e.code()).isEqualTo("LBUS03001");
        assertThat(e.getMessage()).contains("lightbus.rabbitmq.port");
    }

    @Test
    void unknownQueueTypeNamesTheAcceptedValues() {
        LightbusException e = catchThrowableOfType(LightbusException.class,
                () -> ConnectorSettings.from(TestConfigs.of(Map.of("lightbus.rabbitmq.queue-type", "stream"))));

        assertThat(e.code()).isEqualTo("LBUS03001");
        assertThat(e.getMessage()).isEqualTo("LBUS03001: The value 'stream' of lightbus.rabbitmq.queue-type is not "
                + "accepted: use one of quorum, classic");
    }

    @Test
    void invalidDurationNamesTheKeyAndTheAcceptedForms() {
        LightbusException e = catchThrowableOfType(LightbusException.class,
                () -> ConnectorSettings.from(TestConfigs.of(Map.of("lightbus.publish.confirm-timeout", "soon"))));

        assertThat(e.code()).isEqualTo("LBUS03002");
        assertThat(e.getMessage()).startsWith("LBUS03002: ").contains("lightbus.publish.confirm-timeout", "'soon'",
                "ISO-8601");
    }

    @Test
    void problemsListsEveryInvalidValueAtOnce() {
        List<String> problems = ConnectorSettings.problems(TestConfigs.of(Map.of("lightbus.rabbitmq.port", "amqp",
                "lightbus.rabbitmq.queue-type", "stream", "lightbus.rabbitmq.network-recovery-interval", "often",
                "lightbus.rabbitmq.connection-timeout", "5x", "lightbus.publish.confirm-timeout", "soon")));

        assertThat(problems).hasSize(4).anySatisfy(p -> assertThat(p).contains("lightbus.rabbitmq.port", "'amqp'"))
                .anySatisfy(p -> assertThat(p).contains("lightbus.rabbitmq.queue-type", "'stream'", "quorum"))
                .anySatisfy(p -> assertThat(p).contains("lightbus.rabbitmq.network-recovery-interval", "'often'"))
                .anySatisfy(p -> assertThat(p).contains("lightbus.rabbitmq.connection-timeout", "'5x'"))
                .as("the runtime reports its own keys").noneSatisfy(p -> assertThat(p).contains("confirm-timeout"))
                .allSatisfy(p -> assertThat(p).startsWith("LBUS0300"));
        assertThatThrownBy(
                () -> ConnectorSettings.from(TestConfigs.of(Map.of("lightbus.publish.confirm-timeout", "soon"))))
                        .as("used without the runtime, the connector still refuses them")
                        .hasMessageContaining("'soon'");
    }

    @Test
    void problemsChecksTheAddressListInsteadOfThePortWhenOneIsSet() {
        assertThat(ConnectorSettings.problems(TestConfigs.of(Map.of("lightbus.rabbitmq.port", "amqp",
                "lightbus.rabbitmq.addresses", "rabbit-1:5672,rabbit-2:amqp")))).singleElement()
                        .satisfies(p -> assertThat(p).contains("lightbus.rabbitmq.addresses"));
        assertThat(ConnectorSettings.problems(TestConfigs.of(Map.of()))).isEmpty();
    }

    @Test
    void theFactoryDeclaresEveryAttributeKeyAndAlias() {
        assertThat(new RabbitMQTransportFactory().configKeys())
                .contains("lightbus.rabbitmq.host", "rabbitmq-host", "lightbus.rabbitmq.addresses",
                        "lightbus.rabbitmq.password", "rabbitmq-password", "lightbus.rabbitmq.queue-type",
                        "lightbus.rabbitmq.network-recovery-interval", "lightbus.rabbitmq.connection-timeout",
                        "lightbus.rabbitmq.start-mode", "lightbus.rabbitmq.tls-ca-file")
                .hasSize(RabbitMQAttribute.values().length
                        + (int) Arrays.stream(RabbitMQAttribute.values()).filter(a -> a.alias() != null).count());
    }

    @Test
    void toStringNeverShowsThePassword() {
        ConnectorSettings settings = ConnectorSettings
                .from(TestConfigs.of(Map.of("lightbus.rabbitmq.password", "s3cr3t-value")));

        assertThat(settings.toString()).doesNotContain("s3cr3t-value").contains("guest@127.0.0.1:5672/");
    }
}
