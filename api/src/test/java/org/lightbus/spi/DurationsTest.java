package org.lightbus.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    private static final String KEY = "lightbus.publish.confirm-timeout";

    @ParameterizedTest
    @CsvSource({ "PT5S, 5000", "PT0.25S, 250", "PT1M30S, 90000", "P1D, 86400000", "PT0S, 0", "' PT2S ', 2000" })
    void parsesIso8601(String text, long millis) {
        assertThat(Durations.parse(KEY, text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @CsvSource({ "500ms, 500", "5s, 5000", "2m, 120000", "1h, 3600000", "1d, 86400000", "0s, 0", "'10 s', 10000",
            "' 3s ', 3000" })
    void parsesANumberWithAUnitSuffix(String text, long millis) {
        assertThat(Durations.parse(KEY, text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "5", "5x", "1.5s", "-5s", "PT-5S", "5S", "five seconds", "s", "99999999999999999999s",
            "9223372036854775807d" })
    void rejectsAnythingElseNamingTheKeyAndTheValue(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Durations.parse(KEY, text)).withMessageContaining(KEY)
                .withMessageContaining("'" + text + "'").withMessageContaining("ISO-8601");
    }
}
