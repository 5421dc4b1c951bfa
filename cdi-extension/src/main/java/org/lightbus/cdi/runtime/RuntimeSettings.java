package org.lightbus.cdi.runtime;

import static org.lightbus.api.LightbusConfig.LISTENER_BACKOFF_MULTIPLIER;
import static org.lightbus.api.LightbusConfig.LISTENER_INITIAL_BACKOFF;
import static org.lightbus.api.LightbusConfig.LISTENER_MAX_ATTEMPTS;
import static org.lightbus.api.LightbusConfig.LISTENER_MAX_BACKOFF;
import static org.lightbus.api.LightbusConfig.LISTENER_PREFETCH;
import static org.lightbus.cdi.runtime.RuntimeMessages.MESSAGES;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;

import org.eclipse.microprofile.config.Config;
import org.lightbus.api.LightbusConfig;
import org.lightbus.api.LightbusException;
import org.lightbus.cdi.model.Names;
import org.lightbus.spi.Durations;
import org.lightbus.spi.RetryPolicy;

/**
 * The runtime's view of the configuration: typed values with defaults and per-listener overrides, and errors that name
 * the key.
 */
public final class RuntimeSettings {

    static final int DEFAULT_MAX_ATTEMPTS = 5;
    static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(200);
    static final double DEFAULT_MULTIPLIER = 2.0;
    static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);
    static final int DEFAULT_PREFETCH = 32;
    static final Duration DEFAULT_RPC_TIMEOUT = Duration.ofSeconds(5);
    static final int DEFAULT_RPC_CONCURRENCY = 16;
    static final Duration DEFAULT_DRAIN_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_CONFIRM_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_OUTAGE_HOLD = Duration.ofSeconds(30);

    private final Config config;

    /**
     * @param config
     *            the application's configuration
     */
    public RuntimeSettings(Config config) {
        this.config = config;
    }

    /**
     * @return the service name
     *
     * @throws LightbusException
     *             if it is missing or invalid
     */
    public String serviceName() {
        String name = config.getOptionalValue(LightbusConfig.SERVICE_NAME, String.class).map(String::trim)
                .filter(s -> !s.isEmpty())
                .orElseThrow(() -> BusErrors.exception(MESSAGES.missingServiceName(LightbusConfig.SERVICE_NAME), null));
        if (!Names.isValidListenerName(name)) {
            throw invalid(name, LightbusConfig.SERVICE_NAME,
                    "use letters, digits, '_' and '-', with '.' between parts");
        }
        return name;
    }

    /**
     * @param listenerName
     *            the listener
     *
     * @return its retry policy: per-listener keys, then global keys, then defaults
     */
    public RetryPolicy retryPolicy(String listenerName) {
        int attempts = listenerValue(listenerName, LISTENER_MAX_ATTEMPTS, RuntimeSettings::positiveInt)
                .orElse(DEFAULT_MAX_ATTEMPTS);
        Duration initial = listenerValue(listenerName, LISTENER_INITIAL_BACKOFF, RuntimeSettings::duration)
                .orElse(DEFAULT_INITIAL_BACKOFF);
        double multiplier = listenerValue(listenerName, LISTENER_BACKOFF_MULTIPLIER, RuntimeSettings::multiplier)
                .orElse(DEFAULT_MULTIPLIER);
        Duration max = listenerValue(listenerName, LISTENER_MAX_BACKOFF, RuntimeSettings::duration)
                .orElse(DEFAULT_MAX_BACKOFF);
        return new RetryPolicy(attempts, initial, multiplier, max.compareTo(initial) < 0 ? initial : max);
    }

    /**
     * @param listenerName
     *            the listener
     *
     * @return its prefetch: per-listener key, then global key, then the default
     */
    public int prefetch(String listenerName) {
        return listenerValue(listenerName, LISTENER_PREFETCH, RuntimeSettings::positiveInt).orElse(DEFAULT_PREFETCH);
    }

    /**
     * @param api
     *            the API name
     * @param procedure
     *            the procedure name
     *
     * @return the call timeout: per-procedure key, then per-API key, then the default
     *
     * @throws LightbusException
     *             if the value is not a duration longer than zero
     */
    public Duration rpcTimeout(String api, String procedure) {
        return firstOf(RuntimeSettings::positiveDuration, LightbusConfig.rpcTimeout(api, procedure),
                LightbusConfig.forApi(api, LightbusConfig.RPC_TIMEOUT)).orElse(DEFAULT_RPC_TIMEOUT);
    }

    /**
     * @return how long the broker may take to confirm an event
     *
     * @throws LightbusException
     *             if the value is not a duration longer than zero
     */
    public Duration confirmTimeout() {
        return firstOf(RuntimeSettings::positiveDuration, LightbusConfig.PUBLISH_CONFIRM_TIMEOUT)
                .orElse(DEFAULT_CONFIRM_TIMEOUT);
    }

    /**
     * @return how long an event publish may wait for the connection to come back
     *
     * @throws LightbusException
     *             if the value is not a duration
     */
    public Duration outageHold() {
        return firstOf(RuntimeSettings::duration, LightbusConfig.PUBLISH_OUTAGE_HOLD).orElse(DEFAULT_OUTAGE_HOLD);
    }

    /**
     * @return the longest a publish can take before the transport settles it: waiting for a free in-flight slot (at
     *         most the confirm timeout), held while the connection is down, then waiting for its confirm
     */
    public Duration publishBound() {
        return confirmTimeout().multipliedBy(2).plus(outageHold());
    }

    /**
     * @param api
     *            the API name
     *
     * @return how many calls of the API this application serves at once
     */
    public int rpcConcurrency(String api) {
        return firstOf(RuntimeSettings::positiveInt, LightbusConfig.forApi(api, LightbusConfig.RPC_CONCURRENCY))
                .orElse(DEFAULT_RPC_CONCURRENCY);
    }

    /**
     * @param api
     *            the API name
     *
     * @return how many calls of the API the broker sends ahead
     */
    public int rpcPrefetch(String api) {
        return firstOf(RuntimeSettings::positiveInt, LightbusConfig.forApi(api, LightbusConfig.RPC_PREFETCH))
                .orElse(2 * rpcConcurrency(api));
    }

    /**
     * @return how long a stopping server waits for running calls
     */
    public Duration drainTimeout() {
        return firstOf(RuntimeSettings::duration, LightbusConfig.RPC_DRAIN_TIMEOUT).orElse(DEFAULT_DRAIN_TIMEOUT);
    }

    private <T> Optional<T> listenerValue(String listenerName, String globalKey, BiFunction<String, String, T> parser) {
        return firstOf(parser, LightbusConfig.forListener(listenerName, globalKey), globalKey);
    }

    /** The parsed value of the first of the keys that is set. */
    private <T> Optional<T> firstOf(BiFunction<String, String, T> parser, String... keys) {
        for (String key : keys) {
            Optional<String> raw = config.getOptionalValue(key, String.class);
            if (raw.isPresent()) {
                String value = raw.get().trim();
                try {
                    return Optional.of(parser.apply(key, value));
                } catch (IllegalArgumentException e) {
                    throw invalid(value, key, e.getMessage());
                }
            }
        }
        return Optional.empty();
    }

    /** The expectation only: the message that reports it names the value and the key once. */
    private static Duration duration(String key, String value) {
        try {
            return Durations.parse(key, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "expected a duration: ISO-8601 (PT5S) or a number with a unit: ms, s, m, h or d (500ms, 5s)");
        }
    }

    private static Duration positiveDuration(String key, String value) {
        Duration duration = duration(key, value);
        if (duration.isZero()) {
            throw new IllegalArgumentException("expected a duration longer than zero");
        }
        return duration;
    }

    private static Integer positiveInt(String key, String value) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("expected a whole number of at least 1");
    }

    private static Double multiplier(String key, String value) {
        try {
            double parsed = Double.parseDouble(value);
            if (parsed >= 1.0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("expected a number of at least 1.0");
    }

    private static LightbusException invalid(String value, String key, String expected) {
        return BusErrors.exception(MESSAGES.invalidConfigValue(value, key, expected), null);
    }
}
