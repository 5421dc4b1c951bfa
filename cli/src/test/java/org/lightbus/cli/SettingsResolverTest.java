package org.lightbus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The broker settings resolved as the applications resolve theirs: defaults, file, environment, flags. */
class SettingsResolverTest {

    private final Map<String, String> flags = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();
    private final Properties file = new Properties();

    private BrokerSettings resolve() {
        return new SettingsResolver(flags, environment, file, "app.properties").resolve();
    }

    @Test
    void theDefaultsAreThoseOfTheApplications() {
        BrokerSettings settings = resolve();

        assertThat(settings.addresses()).containsExactly(new BrokerSettings.Address("127.0.0.1", 5672));
        assertThat(settings.username()).isEqualTo("guest");
        assertThat(settings.password()).isEqualTo("guest");
        assertThat(settings.virtualHost()).isEqualTo("/");
        assertThat(settings.namespace()).isEqualTo("lightbus");
        assertThat(settings.tls()).isFalse();
        assertThat(settings.managementUrl()).isEqualTo(URI.create("http://127.0.0.1:15672"));
        assertThat(settings.managementUsername()).isEqualTo("guest");
    }

    @Test
    void theEnvironmentWinsOverTheFileAndTheFlagsOverBoth() {
        file.setProperty("lightbus.rabbitmq.host", "from-file");
        file.setProperty("lightbus.rabbitmq.port", "5673");
        file.setProperty("lightbus.namespace", "file-ns");
        environment.put("LIGHTBUS_RABBITMQ_HOST", "from-env");
        environment.put("LIGHTBUS_NAMESPACE", "env-ns");
        flags.put(SettingsResolver.NAMESPACE, "flag-ns");

        BrokerSettings settings = resolve();

        assertThat(settings.addresses()).containsExactly(new BrokerSettings.Address("from-env", 5673));
        assertThat(settings.namespace()).isEqualTo("flag-ns");
        assertThat(settings.managementUrl()).isEqualTo(URI.create("http://from-env:15672"));
    }

    @Test
    void environmentVariablesAreMappedAsMicroProfileConfigMapsThem() {
        environment.put("LIGHTBUS_RABBITMQ_VIRTUAL_HOST", "shop");
        environment.put("lightbus_rabbitmq_username", "ops");
        environment.put("lightbus.rabbitmq.password", "secret");

        BrokerSettings settings = resolve();

        assertThat(settings.virtualHost()).isEqualTo("shop");
        assertThat(settings.username()).isEqualTo("ops");
        assertThat(settings.password()).isEqualTo("secret");
        assertThat(settings.managementUsername()).isEqualTo("ops");
        assertThat(settings.managementPassword()).isEqualTo("secret");
    }

    @Test
    void aKeyWinsOverItsAliasWhereverEachIsSetAndTheAliasOverTheDefault() {
        file.setProperty("lightbus.rabbitmq.host", "by-key");
        environment.put("RABBITMQ_HOST", "by-alias");
        file.setProperty("rabbitmq-port", "5674");

        BrokerSettings settings = resolve();

        assertThat(settings.addresses()).containsExactly(new BrokerSettings.Address("by-key", 5674));
    }

    @Test
    void anEmptyValueCountsAsNotSet() {
        environment.put("LIGHTBUS_RABBITMQ_HOST", " ");
        file.setProperty("lightbus.rabbitmq.host", "from-file ");

        assertThat(resolve().addresses()).containsExactly(new BrokerSettings.Address("from-file", 5672));
    }

    @Test
    void addressesAreUsedUnlessHostOrPortAreGivenAsFlags() {
        file.setProperty("lightbus.rabbitmq.addresses", "rabbit-1:5680, rabbit-2,[::1]:5681");

        assertThat(resolve().addresses()).containsExactly(new BrokerSettings.Address("rabbit-1", 5680),
                new BrokerSettings.Address("rabbit-2", 5672), new BrokerSettings.Address("::1", 5681));

        flags.put(SettingsResolver.PORT, "5690");
        assertThat(resolve().addresses()).containsExactly(new BrokerSettings.Address("127.0.0.1", 5690));
    }

    @Test
    void anInvalidPortNamesTheKeyAndWhereTheValueCameFrom() {
        environment.put("LIGHTBUS_RABBITMQ_PORT", "amqp");

        assertThatThrownBy(this::resolve)
                .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
                .hasMessage("LBUS07001: The value 'amqp' of lightbus.rabbitmq.port (from environment variable "
                        + "LIGHTBUS_RABBITMQ_PORT) is not accepted: use a port from 1 to 65535");
    }

    @Test
    void aHostWithCredentialsIsRefusedWithoutShowingThem() {
        flags.put(SettingsResolver.HOST, "ops:secret@rabbit");

        assertThatThrownBy(this::resolve)
                .hasMessageStartingWith(
                        "LBUS07001: The value '***@rabbit' of lightbus.rabbitmq.host (from --host) is not accepted")
                .hasMessageNotContaining("secret");
    }

    @Test
    void invalidBooleansUrlsAndFilesAreRefused() {
        file.setProperty("lightbus.rabbitmq.tls", "yes");
        assertThatThrownBy(this::resolve)
                .hasMessageContaining("'yes' of lightbus.rabbitmq.tls (from lightbus.rabbitmq.tls in app.properties)");

        file.remove("lightbus.rabbitmq.tls");
        flags.put(SettingsResolver.MANAGEMENT_URL, "ftp://rabbit");
        assertThatThrownBy(this::resolve).hasMessageContaining("lightbus.cli.management-url (from --management-url)");

        flags.remove(SettingsResolver.MANAGEMENT_URL);
        file.setProperty("lightbus.rabbitmq.tls-ca-file", "/no/such/ca.pem");
        assertThatThrownBy(this::resolve).hasMessageContaining("use the path of a readable file");
    }

    @Test
    void theManagementSettingsHaveKeysOfTheirOwn() {
        file.setProperty("lightbus.cli.management-url", "https://rabbit.internal/rabbitmq/");
        file.setProperty("lightbus.cli.management-username", "monitor");
        environment.put("LIGHTBUS_CLI_MANAGEMENT_PASSWORD", "watch");

        BrokerSettings settings = resolve();

        assertThat(settings.managementUrl()).isEqualTo(URI.create("https://rabbit.internal/rabbitmq/"));
        assertThat(settings.managementUsername()).isEqualTo("monitor");
        assertThat(settings.managementPassword()).isEqualTo("watch");
        assertThat(new ManagementApi(settings).queuesUri())
                .isEqualTo(URI.create("https://rabbit.internal/rabbitmq/api/queues/%2F?columns=name"));
    }

    @Test
    void thePasswordIsNeverPrinted() {
        flags.put(SettingsResolver.PASSWORD, "s3cret");

        assertThat(resolve().toString()).doesNotContain("s3cret");
        assertThat(List.of(resolve().where())).noneMatch(where -> where.contains("s3cret"));
    }
}
