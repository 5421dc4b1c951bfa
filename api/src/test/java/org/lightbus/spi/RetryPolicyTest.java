package org.lightbus.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void backoffGrowsByTheMultiplierAfterEveryFailure() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(200), 2.0, Duration.ofMinutes(1));

        assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoffAfter(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.backoffAfter(3)).isEqualTo(Duration.ofMillis(800));
        assertThat(policy.backoffAfter(5)).isEqualTo(Duration.ofMillis(3200));
    }

    @Test
    void aFractionalMultiplierIsRoundedDownToMilliseconds() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), 1.5, Duration.ofMinutes(1));

        assertThat(policy.backoffAfter(4)).isEqualTo(Duration.ofMillis(337));
    }

    @Test
    void backoffIsCappedAtTheMaximum() {
        RetryPolicy policy = new RetryPolicy(100, Duration.ofMillis(200), 2.0, Duration.ofSeconds(30));

        assertThat(policy.backoffAfter(8)).isEqualTo(Duration.ofMillis(25_600));
        assertThat(policy.backoffAfter(9)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.backoffAfter(10_000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aMultiplierOfOneKeepsTheWaitConstant() {
        RetryPolicy policy = new RetryPolicy(5, SECOND, 1.0, Duration.ofMinutes(1));

        assertThat(policy.backoffAfter(1)).isEqualTo(SECOND);
        assertThat(policy.backoffAfter(4)).isEqualTo(SECOND);
    }

    @Test
    void zeroInitialBackoffRetriesAtOnce() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ZERO, 2.0, Duration.ZERO);

        assertThat(policy.backoffAfter(3)).isZero();
    }

    @Test
    void retriesUntilTheAttemptsAreUsedUp() {
        RetryPolicy policy = new RetryPolicy(3, SECOND, 2.0, SECOND);

        assertThat(policy.allowsRetryAfter(1)).isTrue();
        assertThat(policy.allowsRetryAfter(2)).isTrue();
        assertThat(policy.allowsRetryAfter(3)).isFalse();
    }

    @Test
    void oneAttemptMeansNoRetry() {
        assertThat(new RetryPolicy(1, SECOND, 2.0, SECOND).allowsRetryAfter(1)).isFalse();
    }

    @Test
    void rejectsInvalidComponentsNamingThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(0, SECOND, 2.0, SECOND))
                .withMessageContaining("maxAttempts").withMessageContaining("0");
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(3, SECOND.negated(), 2.0, SECOND))
                .withMessageContaining("initialBackoff");
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(3, SECOND, 0.5, SECOND))
                .withMessageContaining("multiplier").withMessageContaining("0.5");
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(3, SECOND, 2.0, Duration.ofMillis(999)))
                .withMessageContaining("maxBackoff").withMessageContaining("initialBackoff");
        assertThatNullPointerException().isThrownBy(() -> new RetryPolicy(3, null, 2.0, SECOND))
                .withMessage("initialBackoff");
        assertThatNullPointerException().isThrownBy(() -> new RetryPolicy(3, SECOND, 2.0, null))
                .withMessage("maxBackoff");
    }
}
