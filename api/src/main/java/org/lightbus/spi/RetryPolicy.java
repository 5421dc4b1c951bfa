package org.lightbus.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * How a listener's failed events are retried: exponential backoff, capped, up to a number of attempts.
 *
 * @param maxAttempts
 *            how many times the listener is called for one event, at least 1 (1 means no retry)
 * @param initialBackoff
 *            the wait before the first retry, not negative
 * @param multiplier
 *            the factor applied to the wait after each further failure, at least 1
 * @param maxBackoff
 *            the longest wait, not shorter than {@code initialBackoff}
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff) {

    /** Checks the components. */
    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (initialBackoff.isNegative()) {
            throw new IllegalArgumentException("initialBackoff must not be negative, was " + initialBackoff);
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException(
                    "maxBackoff " + maxBackoff + " must not be shorter than initialBackoff " + initialBackoff);
        }
    }

    /**
     * @param failedAttempt
     *            the attempt that just failed, from 1
     *
     * @return true if another attempt is allowed
     */
    public boolean allowsRetryAfter(int failedAttempt) {
        return failedAttempt < maxAttempts;
    }

    /**
     * @param failedAttempt
     *            the attempt that just failed, from 1
     *
     * @return the wait before the next attempt: {@code initialBackoff * multiplier^(failedAttempt - 1)}, at most
     *         {@code maxBackoff}
     */
    public Duration backoffAfter(int failedAttempt) {
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempt - 1));
        return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
    }
}
