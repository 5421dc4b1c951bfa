package org.lightbus.cdi.runtime;

import static org.lightbus.cdi.runtime.RuntimeMessages.MESSAGES;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.Config;
import org.lightbus.api.LightbusConfig;
import org.lightbus.api.LightbusException;
import org.lightbus.cdi.model.ApplicationNames;
import org.lightbus.cdi.model.Names;
import org.lightbus.spi.ListenerSpec;
import org.lightbus.spi.RetryPolicy;

/**
 * The runtime's view of the configuration: typed values with defaults and per-listener overrides, and errors that name
 * the key. Every setting is declared once ({@link #SETTINGS}); {@link #problems} parses all of them for an application
 * when it starts, so that the getters, called later, do not fail.
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
    static final String DEFAULT_NAMESPACE = "lightbus";

    static final Setting<String> NAMESPACE = Setting.application(LightbusConfig.NAMESPACE, Parsers::text);
    static final Setting<Duration> CONFIRM_TIMEOUT = Setting.application(LightbusConfig.PUBLISH_CONFIRM_TIMEOUT,
            Parsers::positiveDuration);
    static final Setting<Duration> OUTAGE_HOLD = Setting.application(LightbusConfig.PUBLISH_OUTAGE_HOLD,
            Parsers::duration);
    static final Setting<Integer> MAX_IN_FLIGHT = Setting.application(LightbusConfig.PUBLISH_MAX_IN_FLIGHT,
            Parsers::positiveInt);
    static final Setting<Duration> DRAIN_TIMEOUT = Setting.application(LightbusConfig.RPC_DRAIN_TIMEOUT,
            Parsers::duration);
    static final Setting<Integer> MAX_ATTEMPTS = Setting.listener(LightbusConfig.LISTENER_MAX_ATTEMPTS,
            Parsers::positiveInt);
    static final Setting<Duration> INITIAL_BACKOFF = Setting.listener(LightbusConfig.LISTENER_INITIAL_BACKOFF,
            Parsers::duration);
    static final Setting<Double> MULTIPLIER = Setting.listener(LightbusConfig.LISTENER_BACKOFF_MULTIPLIER,
            Parsers::multiplier);
    static final Setting<Duration> MAX_BACKOFF = Setting.listener(LightbusConfig.LISTENER_MAX_BACKOFF,
            Parsers::duration);
    static final Setting<Integer> PREFETCH = Setting.listener(LightbusConfig.LISTENER_PREFETCH, Parsers::positiveInt);
    static final Setting<Long> MAX_MESSAGE_SIZE = Setting.listener(LightbusConfig.LISTENER_MAX_MESSAGE_SIZE,
            Parsers::size);
    static final Setting<Duration> API_RPC_TIMEOUT = Setting.api(LightbusConfig.RPC_TIMEOUT, Parsers::positiveDuration);
    static final Setting<Duration> PROCEDURE_RPC_TIMEOUT = Setting.procedure(LightbusConfig.RPC_TIMEOUT,
            Parsers::positiveDuration);
    static final Setting<Integer> RPC_CONCURRENCY = Setting.api(LightbusConfig.RPC_CONCURRENCY, Parsers::positiveInt);
    static final Setting<Integer> RPC_PREFETCH = Setting.api(LightbusConfig.RPC_PREFETCH, Parsers::positiveInt);
    static final Setting<Long> RPC_MAX_MESSAGE_SIZE = Setting.api(LightbusConfig.RPC_MAX_MESSAGE_SIZE, Parsers::size);

    static final Setting<Set<String>> OWNED_APIS = Setting.application(LightbusConfig.OWNED_APIS, Parsers::apiNames);
    static final Setting<Duration> SCHEMA_LOAD_TIMEOUT = Setting.application(LightbusConfig.SCHEMA_LOAD_TIMEOUT,
            Parsers::duration);
    static final Setting<Boolean> VALIDATE_OUTGOING = Setting.api(LightbusConfig.VALIDATE_OUTGOING, Parsers::bool);
    static final Setting<Boolean> VALIDATE_INCOMING = Setting.api(LightbusConfig.VALIDATE_INCOMING, Parsers::bool);
    static final Setting<Boolean> VALIDATE_STRICT = Setting.api(LightbusConfig.VALIDATE_STRICT, Parsers::bool);

    static final Setting<Boolean> TELEMETRY_ENABLED = Setting.application(LightbusConfig.TELEMETRY_ENABLED,
            Parsers::bool);

    static final Duration DEFAULT_SCHEMA_LOAD_TIMEOUT = Duration.ofSeconds(2);

    /** Every setting but the service name, which {@link #serviceName()} reads. */
    static final List<Setting<?>> SETTINGS = List.of(NAMESPACE, CONFIRM_TIMEOUT, OUTAGE_HOLD, MAX_IN_FLIGHT,
            DRAIN_TIMEOUT, MAX_ATTEMPTS, INITIAL_BACKOFF, MULTIPLIER, MAX_BACKOFF, PREFETCH, MAX_MESSAGE_SIZE,
            API_RPC_TIMEOUT, PROCEDURE_RPC_TIMEOUT, RPC_CONCURRENCY, RPC_PREFETCH, RPC_MAX_MESSAGE_SIZE, OWNED_APIS,
            SCHEMA_LOAD_TIMEOUT, VALIDATE_OUTGOING, VALIDATE_INCOMING, VALIDATE_STRICT, TELEMETRY_ENABLED);

    private final Config config;

    /**
     * @param config
     *            the application's configuration
     */
    public RuntimeSettings(Config config) {
        this.config = config;
    }

    /**
     * @return every key the runtime reads, with {@link org.lightbus.cdi.model.KnownKeys} placeholders for the names of
     *         listeners, APIs and procedures
     */
    static List<String> patterns() {
        List<String> patterns = new ArrayList<>();
        patterns.add(LightbusConfig.SERVICE_NAME);
        patterns.add(LightbusConfig.TRANSPORT);
        SETTINGS.forEach(setting -> patterns.addAll(setting.patterns()));
        return patterns;
    }

    /**
     * Parses every key that applies to an application with these names.
     *
     * @param names
     *            the application's listeners, APIs and procedures
     *
     * @return a catalogue message for each invalid or missing value, naming the key, the value and what is accepted;
     *         empty if all are valid
     */
    List<String> problems(ApplicationNames names) {
        List<String> problems = new ArrayList<>();
        try {
            serviceName();
        } catch (LightbusException e) {
            problems.add(e.getMessage());
        }
        for (Setting<?> setting : SETTINGS) {
            for (String key : setting.keys(names)) {
                try {
                    value(setting, key);
                } catch (LightbusException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        return problems;
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
        int attempts = forListener(MAX_ATTEMPTS, listenerName).orElse(DEFAULT_MAX_ATTEMPTS);
        Duration initial = forListener(INITIAL_BACKOFF, listenerName).orElse(DEFAULT_INITIAL_BACKOFF);
        double multiplier = forListener(MULTIPLIER, listenerName).orElse(DEFAULT_MULTIPLIER);
        Duration max = forListener(MAX_BACKOFF, listenerName).orElse(DEFAULT_MAX_BACKOFF);
        return new RetryPolicy(attempts, initial, multiplier, max.compareTo(initial) < 0 ? initial : max);
    }

    /**
     * @param listenerName
     *            the listener
     *
     * @return its prefetch: per-listener key, then global key, then the default
     */
    public int prefetch(String listenerName) {
        return forListener(PREFETCH, listenerName).orElse(DEFAULT_PREFETCH);
    }

    /**
     * @param listenerName
     *            the listener
     *
     * @return the largest message body it takes, in bytes: per-listener key, then global key, then 1 MiB
     */
    public long maxMessageSize(String listenerName) {
        return forListener(MAX_MESSAGE_SIZE, listenerName).orElse(ListenerSpec.DEFAULT_MAX_MESSAGE_SIZE);
    }

    /**
     * @param api
     *            the API name
     *
     * @return the largest call body a server of the API takes, in bytes: per-API key, then 1 MiB
     */
    public long rpcMaxMessageSize(String api) {
        return forApi(RPC_MAX_MESSAGE_SIZE, api).orElse(ListenerSpec.DEFAULT_MAX_MESSAGE_SIZE);
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
        return value(PROCEDURE_RPC_TIMEOUT, LightbusConfig.forProcedure(api, procedure, PROCEDURE_RPC_TIMEOUT.key()))
                .or(() -> forApi(API_RPC_TIMEOUT, api)).orElse(DEFAULT_RPC_TIMEOUT);
    }

    /**
     * @param api
     *            the API name
     *
     * @return how many calls of the API this application serves at once
     */
    public int rpcConcurrency(String api) {
        return forApi(RPC_CONCURRENCY, api).orElse(DEFAULT_RPC_CONCURRENCY);
    }

    /**
     * @param api
     *            the API name
     *
     * @return how many calls of the API the broker sends ahead
     */
    public int rpcPrefetch(String api) {
        return forApi(RPC_PREFETCH, api).orElse(2 * rpcConcurrency(api));
    }

    /**
     * @return how long a stopping server waits for running calls
     */
    public Duration drainTimeout() {
        return value(DRAIN_TIMEOUT, DRAIN_TIMEOUT.key()).orElse(DEFAULT_DRAIN_TIMEOUT);
    }

    /**
     * @return the APIs that {@link LightbusConfig#OWNED_APIS} lists
     */
    public Set<String> ownedApis() {
        return value(OWNED_APIS, OWNED_APIS.key()).orElse(Set.of());
    }

    /**
     * @return how long a starting application waits for the schemas of the APIs it uses
     */
    public Duration schemaLoadTimeout() {
        return value(SCHEMA_LOAD_TIMEOUT, SCHEMA_LOAD_TIMEOUT.key()).orElse(DEFAULT_SCHEMA_LOAD_TIMEOUT);
    }

    /**
     * @return the prefix of the broker's exchanges and queues
     */
    public String namespace() {
        return value(NAMESPACE, NAMESPACE.key()).orElse(DEFAULT_NAMESPACE);
    }

    /**
     * @return whether the application may record traces and metrics with OpenTelemetry (where it is present)
     */
    public boolean telemetryEnabled() {
        return value(TELEMETRY_ENABLED, TELEMETRY_ENABLED.key()).orElse(true);
    }

    /**
     * @param api
     *            the API name
     *
     * @return how the application validates the messages of the API
     */
    public Validation validation(String api) {
        return new Validation(forApi(VALIDATE_OUTGOING, api).orElse(true), forApi(VALIDATE_INCOMING, api).orElse(true),
                forApi(VALIDATE_STRICT, api).orElse(false));
    }

    /**
     * How an application validates the messages of one API.
     *
     * @param outgoing
     *            checks what it sends
     * @param incoming
     *            checks what it receives
     * @param strict
     *            refuses messages while the owner's schema is unknown, and fails on an incompatible contract
     */
    public record Validation(boolean outgoing, boolean incoming, boolean strict) {
    }

    /** The per-listener value, else the global one. */
    private <T> Optional<T> forListener(Setting<T> setting, String listenerName) {
        return value(setting, LightbusConfig.forListener(listenerName, setting.key()))
                .or(() -> value(setting, setting.key()));
    }

    private <T> Optional<T> forApi(Setting<T> setting, String api) {
        return value(setting, LightbusConfig.forApi(api, setting.key()));
    }

    /** The parsed value of a key of the setting, if it is set. */
    private <T> Optional<T> value(Setting<T> setting, String key) {
        Optional<String> raw = config.getOptionalValue(key, String.class);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String value = raw.get().trim();
        try {
            return Optional.of(setting.parser().parse(value));
        } catch (IllegalArgumentException e) {
            throw invalid(value, key, e.getMessage());
        }
    }

    private static LightbusException invalid(String value, String key, String expected) {
        return BusErrors.exception(MESSAGES.invalidConfigValue(value, key, expected), null);
    }
}
