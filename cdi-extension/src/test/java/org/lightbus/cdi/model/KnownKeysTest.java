package org.lightbus.cdi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KnownKeysTest {

    private static final List<String> PATTERNS = List.of("lightbus.service-name", "lightbus.listener.max-attempts",
            "lightbus.listener.<listener>.max-attempts", "lightbus.listener.prefetch",
            "lightbus.listener.<listener>.prefetch", "lightbus.api.<api>.rpc-timeout",
            "lightbus.api.<api>.<procedure>.rpc-timeout", "lightbus.rabbitmq.host", "rabbitmq-host");

    private static final ApplicationNames NAMES = ApplicationNames.of(Set.of("Images.resizeAvatar", "welcome-email"),
            Map.of("auth", Set.of("check_password", "profile"), "billing", Set.of("charge")));

    private static final KnownKeys KNOWN = KnownKeys.of(PATTERNS, NAMES);

    @Test
    void placeholdersAreFilledWithTheNamesOfTheApplicationOnly() {
        assertThat(KNOWN.keys()).containsExactly("lightbus.api.auth.check_password.rpc-timeout",
                "lightbus.api.auth.profile.rpc-timeout", "lightbus.api.auth.rpc-timeout",
                "lightbus.api.billing.charge.rpc-timeout", "lightbus.api.billing.rpc-timeout",
                "lightbus.listener.Images.resizeAvatar.max-attempts", "lightbus.listener.Images.resizeAvatar.prefetch",
                "lightbus.listener.max-attempts", "lightbus.listener.prefetch",
                "lightbus.listener.welcome-email.max-attempts", "lightbus.listener.welcome-email.prefetch",
                "lightbus.rabbitmq.host", "lightbus.service-name", "rabbitmq-host");
    }

    @Test
    void anApplicationWithoutListenersOrApisKnowsOnlyTheKeysWithoutPlaceholders() {
        KnownKeys known = KnownKeys.of(PATTERNS, ApplicationNames.of(Set.of(), Map.of()));

        assertThat(known.keys()).containsExactly("lightbus.listener.max-attempts", "lightbus.listener.prefetch",
                "lightbus.rabbitmq.host", "lightbus.service-name", "rabbitmq-host");
    }

    @ParameterizedTest
    @ValueSource(strings = { "lightbus.listener.max-atempts", "lightbus.listener.Images.resize.max-attempts",
            "lightbus.api.reports.rpc-timeout", "lightbus.rabbitmq.hostname", "lightbus.anything" })
    void keysUnderTheLightbusPrefixThatNoPatternGivesAreUnknown(String key) {
        assertThat(KNOWN.isUnknown(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "LIGHTBUS_LISTENER_MAX_ATEMPTS", "LIGHTBUS_LISTENER_OTHER_MAX_ATTEMPTS",
            "lightbus_servicename" })
    void environmentVariablesOfNoKnownKeyAreUnknown(String name) {
        assertThat(KNOWN.isUnknown(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "LIGHTBUS_SERVICE_NAME", "LIGHTBUS_LISTENER_IMAGES_RESIZEAVATAR_MAX_ATTEMPTS",
            "LIGHTBUS_API_AUTH_CHECK_PASSWORD_RPC_TIMEOUT", "LIGHTBUS_RABBITMQ_HOST", "lightbus_service_name",
            "LIGHTBUS_TEST_BROKER" })
    void environmentVariablesOfKnownKeysAndOfTheTestToolsAreNotUnknown(String name) {
        assertThat(KNOWN.isUnknown(name)).isFalse();
    }

    @Test
    void anUnknownEnvironmentVariableGetsTheEnvironmentVariableOfTheClosestKey() {
        assertThat(KNOWN.closest("LIGHTBUS_LISTENER_MAX_ATEMPTS")).contains("LIGHTBUS_LISTENER_MAX_ATTEMPTS");
        assertThat(KNOWN.closest("LIGHTBUS_RABBITMQ_HOSTNAME")).contains("LIGHTBUS_RABBITMQ_HOST");
    }

    @ParameterizedTest
    @ValueSource(strings = { "lightbus.listener.max-attempts", "lightbus.api.auth.check_password.rpc-timeout",
            "rabbitmq-hots", "quarkus.http.port", "LIGHTBUS_SERVICE_NAME", "%dev.lightbus.listener.max-atempts",
            "Lightbus.service-name", "lightbus.test.broker", "lightbus.test.amqp-uri", "PATH" })
    void knownKeysOtherToolsKeysAndTheTestToolsKeysAreNotUnknown(String key) {
        assertThat(KNOWN.isUnknown(key)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({ "lightbus.listener.max-atempts, lightbus.listener.max-attempts",
            "lightbus.listner.prefetch, lightbus.listener.prefetch",
            "lightbus.listener.Images.resizeAvatar.prefech, lightbus.listener.Images.resizeAvatar.prefetch",
            "lightbus.listener.images.resizeavatar.max-attempts, lightbus.listener.Images.resizeAvatar.max-attempts",
            "lightbus.listener.welcome_email.max-attempts, lightbus.listener.welcome-email.max-attempts",
            "lightbus.api.auth.check-password.rpc-timeout, lightbus.api.auth.check_password.rpc-timeout",
            "lightbus.api.auth.timeout, lightbus.api.auth.rpc-timeout",
            "lightbus.rabbitmq.hostname, lightbus.rabbitmq.host", "lightbus.servicename, lightbus.service-name" })
    void theClosestKnownKeyIsSuggested(String unknown, String suggestion) {
        assertThat(KNOWN.closest(unknown)).contains(suggestion);
    }

    @ParameterizedTest
    @ValueSource(strings = { "lightbus.anything", "lightbus.listener.retries", "lightbus.api.reports.deadline" })
    void aKeyFarFromEveryKnownOneGetsNoSuggestion(String key) {
        assertThat(KNOWN.closest(key)).isEmpty();
    }

    @Test
    void amongEquallyCloseKeysTheFirstInAlphabeticalOrderIsSuggested() {
        KnownKeys known = KnownKeys.of(List.of("lightbus.b", "lightbus.a"), ApplicationNames.of(Set.of(), Map.of()));

        assertThat(known.closest("lightbus.c")).contains("lightbus.a");
    }

    @Test
    void namesDerivedFromEnvironmentVariablesAreDropped() {
        assertThat(KnownKeys.withoutDerivedNames(
                List.of("LIGHTBUS_SERVICE_NAME", "lightbus.service.name", "LIGHTBUS_LISTENER_MAX_ATEMPTS",
                        "lightbus.listener.max.atempts", "lightbus.listener.prefetch", "HOME", "home")))
                                .containsExactlyInAnyOrder("LIGHTBUS_SERVICE_NAME", "LIGHTBUS_LISTENER_MAX_ATEMPTS",
                                        "lightbus.listener.prefetch", "HOME", "home");
    }

    @ParameterizedTest
    @CsvSource({ "'', '', 0", "abc, '', 3", "'', abc, 3", "kitten, sitting, 3", "flaw, lawn, 2",
            "max-atempts, max-attempts, 1", "prefetch, prefetch, 0", "ab, ba, 2" })
    void distanceCountsInsertionsDeletionsAndReplacements(String a, String b, int distance) {
        assertThat(KnownKeys.distance(a, b)).isEqualTo(distance);
        assertThat(KnownKeys.distance(b, a)).isEqualTo(distance);
    }
}
