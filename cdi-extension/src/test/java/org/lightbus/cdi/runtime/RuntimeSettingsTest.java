package org.lightbus.cdi.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lightbus.api.LightbusException;
import org.lightbus.cdi.model.ApplicationNames;
import org.lightbus.spi.RetryPolicy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

class RuntimeSettingsTest {

    @Test
    void defaults() {
        RuntimeSettings settings = settings(Map.of());

        assertThat(settings.retryPolicy("Images.resize"))
                .isEqualTo(new RetryPolicy(5, Duration.ofMillis(200), 2.0, Duration.ofSeconds(30)));
        assertThat(settings.prefetch("Images.resize")).isEqualTo(32);
    }

    @Test
    void globalSettingsApplyToEveryListener() {
        RuntimeSettings settings = settings(Map.of("lightbus.listener.max-attempts", "3",
                "lightbus.listener.initial-backoff", "1s", "lightbus.listener.backoff-multiplier", "1.5",
                "lightbus.listener.max-backoff", "PT2M", "lightbus.listener.prefetch", "4"));

        assertThat(settings.retryPolicy("Images.resize"))
                .isEqualTo(new RetryPolicy(3, Duration.ofSeconds(1), 1.5, Duration.ofMinutes(2)));
        assertThat(settings.prefetch("Images.resize")).isEqualTo(4);
    }

    @Test
    void perListenerSettingsOverrideTheGlobalOnesForThatListenerOnly() {
        RuntimeSettings settings = settings(Map.of("lightbus.listener.max-attempts", "3",
                "lightbus.listener.Images.resize.max-attempts", "9", "lightbus.listener.Images.resize.prefetch", "1"));

        assertThat(settings.retryPolicy("Images.resize").maxAttempts()).isEqualTo(9);
        assertThat(settings.prefetch("Images.resize")).isEqualTo(1);
        assertThat(settings.retryPolicy("Images.crop").maxAttempts()).isEqualTo(3);
        assertThat(settings.prefetch("Images.crop")).isEqualTo(32);
    }

    @Test
    void anInitialBackoffLongerThanTheDefaultMaximumIsKept() {
        RuntimeSettings settings = settings(Map.of("lightbus.listener.initial-backoff", "1m"));

        assertThat(settings.retryPolicy("Images.resize").backoffAfter(1)).isEqualTo(Duration.ofMinutes(1));
    }

    @ParameterizedTest
    @CsvSource({ "lightbus.listener.max-attempts, 0", "lightbus.listener.max-attempts, three",
            "lightbus.listener.prefetch, -1", "lightbus.listener.initial-backoff, soon",
            "lightbus.listener.max-backoff, 5x", "lightbus.listener.backoff-multiplier, 0.5",
            "lightbus.listener.backoff-multiplier, twice", "lightbus.listener.Images.resize.max-attempts, 0",
            "lightbus.listener.Images.resize.initial-backoff, -1s" })
    void anInvalidValueFailsNamingTheKeyAndTheValue(String key, String value) {
        RuntimeSettings settings = settings(Map.of(key, value));

        assertThatThrownBy(() -> {
            settings.retryPolicy("Images.resize");
            settings.prefetch("Images.resize");
        }).isInstanceOfSatisfying(LightbusException.class, e -> assertThat(e.code()).isEqualTo("LBUS02005"))
                .hasMessageStartingWith("LBUS02005").hasMessageContaining(key).hasMessageContaining("'" + value + "'");
    }

    @ParameterizedTest
    @CsvSource({ "1048576, 1048576", "100B, 100", "512KiB, 524288", "1MiB, 1048576", "2 MiB, 2097152",
            "1GiB, 1073741824" })
    void theMaxMessageSizeIsBytesOrAWholeNumberWithABinaryUnit(String value, long bytes) {
        RuntimeSettings settings = settings(
                Map.of("lightbus.listener.max-message-size", value, "lightbus.api.auth.max-message-size", value));

        assertThat(settings.maxMessageSize("Images.resize")).isEqualTo(bytes);
        assertThat(settings.rpcMaxMessageSize("auth")).isEqualTo(bytes);
    }

    @Test
    void theMaxMessageSizeIsOneMibibyteUnlessAListenerOrApiSetsItsOwn() {
        RuntimeSettings settings = settings(Map.of("lightbus.listener.Images.resize.max-message-size", "64KiB",
                "lightbus.api.auth.max-message-size", "2MiB"));

        assertThat(settings.maxMessageSize("Images.resize")).isEqualTo(64 * 1024);
        assertThat(settings.maxMessageSize("Images.crop")).isEqualTo(1024 * 1024);
        assertThat(settings.rpcMaxMessageSize("auth")).isEqualTo(2 * 1024 * 1024);
        assertThat(settings.rpcMaxMessageSize("billing")).isEqualTo(1024 * 1024);
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "0KiB", "-1", "1MB", "1.5MiB", "lots", "99999999999GiB", "MiB" })
    void anInvalidMaxMessageSizeNamesTheAcceptedForms(String value) {
        RuntimeSettings settings = settings(Map.of("lightbus.listener.max-message-size", value));

        assertThatThrownBy(() -> settings.maxMessageSize("Images.resize")).isInstanceOf(LightbusException.class)
                .hasMessage("LBUS02005: The value '" + value + "' of lightbus.listener.max-message-size is invalid: "
                        + "expected a size of at least 1 byte: a whole number of bytes, or with a unit: KiB, MiB or GiB "
                        + "(512KiB, 1MiB)");
    }

    @Test
    void anInvalidRpcTimeoutNamesItsKeyOnce() {
        String key = "lightbus.api.auth.rpc-timeout";
        RuntimeSettings settings = settings(Map.of(key, "soon"));

        assertThatThrownBy(() -> settings.rpcTimeout("auth", "check_password")).isInstanceOf(LightbusException.class)
                .hasMessageStartingWith("LBUS02005").hasMessageContaining("'soon'").hasMessageContaining("500ms")
                .satisfies(e -> assertThat(e.getMessage().split(java.util.regex.Pattern.quote(key), -1)).hasSize(2));
    }

    @Test
    void problemsListsEveryInvalidValueOfTheApplicationsKeysWithItsKeyValueAndAcceptedForm() {
        RuntimeSettings settings = settings(
                Map.of("lightbus.service-name", "my images", "lightbus.listener.max-attempts", "0",
                        "lightbus.listener.Images.resize.initial-backoff", "soon", "lightbus.api.auth.rpc-timeout",
                        "5x", "lightbus.api.auth.check_password.rpc-timeout", "0s", "lightbus.api.auth.concurrency",
                        "many", "lightbus.publish.confirm-timeout", "never", "lightbus.rpc.drain-timeout", "later"));

        List<String> problems = settings.problems(NAMES);

        assertThat(problems).hasSize(8).allSatisfy(problem -> assertThat(problem).startsWith("LBUS02005: "));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("'my images'", "lightbus.service-name"))
                .anySatisfy(p -> assertThat(p).contains("'0'", "lightbus.listener.max-attempts", "at least 1"))
                .anySatisfy(p -> assertThat(p).contains("'soon'", "lightbus.listener.Images.resize.initial-backoff",
                        "ISO-8601"))
                .anySatisfy(p -> assertThat(p).contains("'5x'", "lightbus.api.auth.rpc-timeout", "500ms"))
                .anySatisfy(p -> assertThat(p).contains("'0s'", "lightbus.api.auth.check_password.rpc-timeout",
                        "longer than zero"))
                .anySatisfy(p -> assertThat(p).contains("'many'", "lightbus.api.auth.concurrency", "at least 1"))
                .anySatisfy(p -> assertThat(p).contains("'never'", "lightbus.publish.confirm-timeout"))
                .anySatisfy(p -> assertThat(p).contains("'later'", "lightbus.rpc.drain-timeout"));
        assertThat(problems).allSatisfy(problem -> assertThat(problem.split("lightbus\\.", -1)).hasSize(2));
    }

    @Test
    void problemsIgnoresTheKeysOfListenersAndApisTheApplicationDoesNotHave() {
        RuntimeSettings settings = settings(
                Map.of("lightbus.service-name", "images", "lightbus.listener.Mailer.welcome.max-attempts", "0",
                        "lightbus.api.billing.rpc-timeout", "soon", "lightbus.api.auth.refund.rpc-timeout", "soon"));

        assertThat(settings.problems(NAMES)).isEmpty();
    }

    @Test
    void problemsReportsAMissingServiceName() {
        assertThat(settings(Map.of()).problems(NAMES)).singleElement()
                .satisfies(problem -> assertThat(problem).startsWith("LBUS02001").contains("lightbus.service-name"));
    }

    @Test
    void theRuntimesKeysAreDeclaredWithPlaceholdersForNames() {
        assertThat(RuntimeSettings.patterns()).contains("lightbus.service-name", "lightbus.namespace",
                "lightbus.publish.confirm-timeout", "lightbus.rpc.drain-timeout", "lightbus.listener.max-attempts",
                "lightbus.listener.<listener>.max-attempts", "lightbus.listener.<listener>.initial-backoff",
                "lightbus.listener.<listener>.backoff-multiplier", "lightbus.listener.<listener>.max-backoff",
                "lightbus.listener.<listener>.prefetch", "lightbus.listener.max-message-size",
                "lightbus.listener.<listener>.max-message-size", "lightbus.api.<api>.max-message-size",
                "lightbus.api.<api>.rpc-timeout", "lightbus.api.<api>.<procedure>.rpc-timeout",
                "lightbus.api.<api>.concurrency", "lightbus.api.<api>.prefetch");
    }

    @Test
    void theServiceNameIsRead() {
        assertThat(settings(Map.of("lightbus.service-name", " images ")).serviceName()).isEqualTo("images");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   " })
    void aBlankServiceNameIsMissing(String name) {
        assertMissingServiceName(settings(Map.of("lightbus.service-name", name)));
    }

    @Test
    void aMissingServiceNameFailsNamingTheKey() {
        assertMissingServiceName(settings(Map.of()));
    }

    @Test
    void anInvalidServiceNameFailsNamingTheKey() {
        assertThatThrownBy(() -> settings(Map.of("lightbus.service-name", "my images")).serviceName())
                .isInstanceOf(LightbusException.class).hasMessageStartingWith("LBUS02005")
                .hasMessageContaining("lightbus.service-name").hasMessageContaining("'my images'");
    }

    private static void assertMissingServiceName(RuntimeSettings settings) {
        assertThatThrownBy(settings::serviceName)
                .isInstanceOfSatisfying(LightbusException.class, e -> assertThat(e.code()).isEqualTo("LBUS02001"))
                .hasMessageStartingWith("LBUS02001").hasMessageContaining("lightbus.service-name");
    }

    private static final ApplicationNames NAMES = ApplicationNames.of(Set.of("Images.resize"),
            Map.of("auth", Set.of("check_password")));

    private static RuntimeSettings settings(Map<String, String> properties) {
        Config config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 500))
                .build();
        return new RuntimeSettings(config);
    }
}
