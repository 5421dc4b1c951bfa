package org.lightbus.api;

/**
 * The MicroProfile Config keys of Lightbus, all under {@code lightbus.}.
 *
 * <p>
 * Set them in {@code META-INF/microprofile-config.properties}, as system properties or as environment variables
 * ({@code LIGHTBUS_SERVICE_NAME}). Durations take ISO-8601 ({@code PT5S}) or a number with a unit suffix
 * ({@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}). Broker connection keys are documented by the connector
 * ({@code docs/configuration.md}).
 *
 * <pre>
 * lightbus.service-name=images
 * lightbus.listener.max-attempts=5
 * lightbus.listener.Images.resizeAvatar.max-attempts=10
 * </pre>
 */
public final class LightbusConfig {

    /**
     * The name of this application on the bus. Required. Instances of one application share it: their listeners compete
     * for events. Letters, digits, {@code .}, {@code _} and {@code -}.
     */
    public static final String SERVICE_NAME = "lightbus.service-name";

    /**
     * Prefix of every exchange and queue Lightbus declares, so that several buses can share one broker. Default
     * {@code lightbus}.
     */
    public static final String NAMESPACE = "lightbus.namespace";

    /**
     * How long {@code fire()} waits for the broker to confirm an event before it fails with a {@link PublishException}.
     * Default {@code 10s}.
     */
    public static final String PUBLISH_CONFIRM_TIMEOUT = "lightbus.publish.confirm-timeout";

    /**
     * How long an event publish waits while the connection to the broker is down, or the broker blocks publishing
     * (memory or disk alarm), counted from the call: it is sent, with the same message id, when the connection is back;
     * a publish whose connection was lost before its confirm is sent again the same way. {@code 0} fails such publishes
     * at once. A {@code fire()} returns within this time plus {@link #PUBLISH_CONFIRM_TIMEOUT}. Default {@code 30s}.
     */
    public static final String PUBLISH_OUTAGE_HOLD = "lightbus.publish.outage-hold";

    /**
     * How many event publishes of one application may wait for their confirm, or for the connection, at once. A further
     * publish waits for one of them to settle, at most {@link #PUBLISH_CONFIRM_TIMEOUT}, and then fails with a
     * {@link PublishException}: back-pressure on {@code fire()} and {@link EventPublisher}. Default {@code 1024}.
     */
    public static final String PUBLISH_MAX_IN_FLIGHT = "lightbus.publish.max-in-flight";

    /**
     * How many times a listener is called for one event before the event is moved to the listener's dead-letter queue.
     * Includes the first call; {@code 1} disables retries. Default {@code 5}.
     */
    public static final String LISTENER_MAX_ATTEMPTS = "lightbus.listener.max-attempts";

    /**
     * The wait before the first retry of a failed event. Default {@code 200ms}.
     */
    public static final String LISTENER_INITIAL_BACKOFF = "lightbus.listener.initial-backoff";

    /**
     * The factor that multiplies the wait after each further failure. Default {@code 2.0}.
     */
    public static final String LISTENER_BACKOFF_MULTIPLIER = "lightbus.listener.backoff-multiplier";

    /**
     * The longest wait between two attempts. Default {@code 30s}.
     */
    public static final String LISTENER_MAX_BACKOFF = "lightbus.listener.max-backoff";

    /**
     * How many unacknowledged events the broker sends one listener instance ahead of time. Default {@code 32}.
     */
    public static final String LISTENER_PREFETCH = "lightbus.listener.prefetch";

    /**
     * The largest message body a listener takes: a larger one goes to the listener's dead-letter queue, with reason
     * {@code too-large}, without being decoded, and the listener goes on. A whole number of bytes, or with a unit
     * {@code KiB}, {@code MiB} or {@code GiB} ({@code 512KiB}). Default {@code 1MiB}.
     */
    public static final String LISTENER_MAX_MESSAGE_SIZE = "lightbus.listener.max-message-size";

    /**
     * How long a client waits for the result of a remote procedure before it fails with an {@link RpcTimeoutException}:
     * {@code lightbus.api.<api>.rpc-timeout}, or for one procedure {@code lightbus.api.<api>.<procedure>.rpc-timeout};
     * see {@link #rpcTimeout}. Default {@code 5s}.
     */
    public static final String RPC_TIMEOUT = "rpc-timeout";

    /**
     * How many calls of one API an application serves at once: {@code lightbus.api.<api>.concurrency}. Default
     * {@code 16}: calls mostly wait on I/O, so more than the two cores of a small machine.
     */
    public static final String RPC_CONCURRENCY = "concurrency";

    /**
     * How many calls of one API the broker sends a server ahead of time: {@code lightbus.api.<api>.prefetch}. Default
     * twice the concurrency.
     */
    public static final String RPC_PREFETCH = "prefetch";

    /**
     * The largest call of one API a server takes: {@code lightbus.api.<api>.max-message-size}. A larger one is not run;
     * its caller gets an error reply that names the size and the limit. The same forms as
     * {@link #LISTENER_MAX_MESSAGE_SIZE}. Default {@code 1MiB}.
     */
    public static final String RPC_MAX_MESSAGE_SIZE = "max-message-size";

    /**
     * How long a stopping server waits for the calls it is running to finish before it closes:
     * {@code lightbus.rpc.drain-timeout}. Default {@code 10s}.
     */
    public static final String RPC_DRAIN_TIMEOUT = "lightbus.rpc.drain-timeout";

    /**
     * The APIs with events only that this application owns, separated by commas: {@code lightbus.owned-apis=auth}. An
     * application owns an API when it has a bean implementing the API's {@link BusApi} interface, or when the API is
     * listed here. Only the owner of an API fires its events and serves its procedures, and it publishes the API's
     * schema on the bus when it starts. Default: none.
     */
    public static final String OWNED_APIS = "lightbus.owned-apis";

    /**
     * Whether the events and calls this application sends of one API are checked against the API's schema before they
     * are sent: {@code lightbus.api.<api>.validate.outgoing}. One that does not match fails at once, naming the field
     * and the rule, and is not sent. Default {@code true}.
     */
    public static final String VALIDATE_OUTGOING = "validate.outgoing";

    /**
     * Whether the events and calls this application receives of one API are checked against the API's schema:
     * {@code lightbus.api.<api>.validate.incoming}. An event that does not match goes to the listener's dead-letter
     * queue, a call gets an error reply; the application keeps running. Default {@code true}.
     */
    public static final String VALIDATE_INCOMING = "validate.incoming";

    /**
     * Whether a contract of another application's API must be published and compatible:
     * {@code lightbus.api.<api>.validate.strict}. When {@code true}, a message of that API is refused while its owner's
     * schema is unknown, and a local contract incompatible with the published one fails the deployment; when
     * {@code false}, both are warnings and messages are checked against the local contract meanwhile. Default
     * {@code false}.
     */
    public static final String VALIDATE_STRICT = "validate.strict";

    /**
     * How long a starting application waits for the published schemas of the APIs it listens to or calls, before it
     * checks its contracts against them: {@code lightbus.schema.load-timeout}. A schema that comes later is checked
     * when it comes. Default {@code 2s}.
     */
    public static final String SCHEMA_LOAD_TIMEOUT = "lightbus.schema.load-timeout";

    /**
     * Whether the application records traces and metrics of its events and calls with OpenTelemetry:
     * {@code lightbus.telemetry.enabled}. They are recorded only where the OpenTelemetry API is on the application's
     * class path and an OpenTelemetry instance is there to record them: the application's {@code OpenTelemetry} CDI
     * bean (MicroProfile Telemetry provides one), or else the global one once something has set it (the OpenTelemetry
     * Java agent, or the application itself). {@code false} records nothing even then. Default {@code true}.
     */
    public static final String TELEMETRY_ENABLED = "lightbus.telemetry.enabled";

    /**
     * Which transport the application uses when several are on the class path: the
     * {@linkplain org.lightbus.spi.TransportFactory#name() name} of one, e.g. {@code rabbitmq} or {@code in-memory}:
     * {@code lightbus.transport}. Default: the only one present, or the one of highest
     * {@linkplain org.lightbus.spi.TransportFactory#priority() priority}.
     */
    public static final String TRANSPORT = "lightbus.transport";

    /**
     * The name of the Reactive Messaging connector that puts channels on the bus (module
     * {@code lightbus-reactive-messaging}): {@code mp.messaging.incoming.<channel>.connector=lightbus}.
     */
    public static final String CONNECTOR = "lightbus";

    /**
     * Attribute of an incoming channel on the {@link #CONNECTOR}: the API whose event the channel receives,
     * {@code mp.messaging.incoming.<channel>.api}. Required unless the channel's consumer declares the event's
     * {@code @BusEvent} record, which names it.
     */
    public static final String CHANNEL_API = "api";

    /**
     * Attribute of an incoming channel on the {@link #CONNECTOR}: the event name within the {@link #CHANNEL_API API},
     * {@code mp.messaging.incoming.<channel>.event}. Required unless the channel's consumer declares the event's
     * {@code @BusEvent} record.
     */
    public static final String CHANNEL_EVENT = "event";

    /**
     * Attribute of an incoming channel on the {@link #CONNECTOR}: the {@link Listener listener name} of the channel
     * within the application's service, {@code mp.messaging.incoming.<channel>.listener}; it names the channel's queue
     * and its {@code lightbus.listener.<listener>.*} settings. Default: the channel's name.
     */
    public static final String CHANNEL_LISTENER = "listener";

    /**
     * Attribute of an outgoing channel on the {@link #CONNECTOR}: how many of its messages may wait for the broker's
     * confirm at once, {@code mp.messaging.outgoing.<channel>.max-in-flight}; the channel asks its upstream for more
     * only as confirms come. Default {@code 256}.
     */
    public static final String CHANNEL_MAX_IN_FLIGHT = "max-in-flight";

    private static final String LISTENER_PREFIX = "lightbus.listener.";
    private static final String API_PREFIX = "lightbus.api.";

    private LightbusConfig() {
    }

    /**
     * The key of an API setting: {@code forApi("auth", RPC_TIMEOUT)} is {@code lightbus.api.auth.rpc-timeout}.
     *
     * @param api
     *            the API name; not null
     * @param setting
     *            {@link #RPC_TIMEOUT}, {@link #RPC_CONCURRENCY}, {@link #RPC_PREFETCH}, {@link #RPC_MAX_MESSAGE_SIZE},
     *            {@link #VALIDATE_OUTGOING}, {@link #VALIDATE_INCOMING} or {@link #VALIDATE_STRICT}; not null
     *
     * @return the key
     */
    public static String forApi(String api, String setting) {
        return API_PREFIX + api + "." + setting;
    }

    /**
     * The key of a procedure setting: {@code forProcedure("auth", "check_password", RPC_TIMEOUT)} is
     * {@code lightbus.api.auth.check_password.rpc-timeout}.
     *
     * @param api
     *            the API name; not null
     * @param procedure
     *            the procedure name, e.g. {@code check_password}; not null
     * @param setting
     *            {@link #RPC_TIMEOUT}; not null
     *
     * @return the key
     */
    public static String forProcedure(String api, String procedure, String setting) {
        return API_PREFIX + api + "." + procedure + "." + setting;
    }

    /**
     * The key of the timeout of one procedure; it overrides {@code forApi(api, RPC_TIMEOUT)}.
     *
     * @param api
     *            the API name; not null
     * @param procedure
     *            the procedure name; not null
     *
     * @return {@code lightbus.api.<api>.<procedure>.rpc-timeout}
     */
    public static String rpcTimeout(String api, String procedure) {
        return forProcedure(api, procedure, RPC_TIMEOUT);
    }

    /**
     * The key of a listener setting that overrides the global one for a single listener.
     *
     * <p>
     * {@code forListener("Images.resizeAvatar", LISTENER_MAX_ATTEMPTS)} is
     * {@code lightbus.listener.Images.resizeAvatar.max-attempts}.
     *
     * @param listenerName
     *            the listener name, see {@link Listener}; not null
     * @param globalKey
     *            one of the {@code LISTENER_*} keys of this class; not null
     *
     * @return the per-listener key
     *
     * @throws IllegalArgumentException
     *             if {@code globalKey} is not a {@code lightbus.listener.} key
     */
    public static String forListener(String listenerName, String globalKey) {
        if (!globalKey.startsWith(LISTENER_PREFIX)) {
            throw new IllegalArgumentException(globalKey + " is not a lightbus.listener.* key");
        }
        return LISTENER_PREFIX + listenerName + "." + globalKey.substring(LISTENER_PREFIX.length());
    }

    /**
     * The key of an attribute of an incoming Reactive Messaging channel:
     * {@code incomingChannel("signups", CHANNEL_API)} is {@code mp.messaging.incoming.signups.api}.
     *
     * @param channel
     *            the channel name; not null
     * @param attribute
     *            {@code connector}, or one of the {@code CHANNEL_*} attributes of this class; not null
     *
     * @return the key
     */
    public static String incomingChannel(String channel, String attribute) {
        return "mp.messaging.incoming." + channel + "." + attribute;
    }

    /**
     * The key of an attribute of an outgoing Reactive Messaging channel: {@code outgoingChannel("signups",
     * CHANNEL_MAX_IN_FLIGHT)} is {@code mp.messaging.outgoing.signups.max-in-flight}.
     *
     * @param channel
     *            the channel name; not null
     * @param attribute
     *            {@code connector}, or {@link #CHANNEL_MAX_IN_FLIGHT}; not null
     *
     * @return the key
     */
    public static String outgoingChannel(String channel, String attribute) {
        return "mp.messaging.outgoing." + channel + "." + attribute;
    }
}
