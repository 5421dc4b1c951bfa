package org.lightbus.spi;

/**
 * The AMQP header names of the wire protocol ({@code docs/protocol.md}), for every program that reads or writes
 * Lightbus messages: the RabbitMQ connector, the {@code lightbus} command, an application in another language.
 */
public final class WireHeaders {

    /** The API of an event or a call, e.g. {@code auth}. */
    public static final String API = "x-lightbus-api";
    /** The event name within its API, e.g. {@code user_signed_up}. */
    public static final String EVENT = "x-lightbus-event";
    /** When the event was fired, epoch milliseconds (long). */
    public static final String TIMESTAMP = "x-lightbus-timestamp";
    /** The delivery attempt a retried copy is for, from 2; absent means 1. */
    public static final String ATTEMPT = "x-lightbus-attempt";
    /** The exception type of the last failed attempt, on retried copies. */
    public static final String LAST_ERROR_TYPE = "x-lightbus-last-error-type";
    /** The exception message of the last failed attempt, on retried copies. */
    public static final String LAST_ERROR_MESSAGE = "x-lightbus-last-error-message";

    /**
     * Why a message was dead-lettered: {@link #REASON_UNDECODABLE}, {@link #REASON_INVALID}, {@link #REASON_TOO_LARGE}
     * or {@link #REASON_LISTENER_FAILED}.
     */
    public static final String REASON = "x-lightbus-reason";
    /** The exception type of the final failure. */
    public static final String ERROR_TYPE = "x-lightbus-error-type";
    /** The exception message of the final failure. */
    public static final String ERROR_MESSAGE = "x-lightbus-error-message";
    /** How many attempts were made (int). */
    public static final String ATTEMPTS = "x-lightbus-attempts";
    /** The listener that failed: {@code <service>.<listener>}. */
    public static final String LISTENER = "x-lightbus-listener";
    /** The exchange the message was first published to. */
    public static final String ORIGINAL_EXCHANGE = "x-lightbus-original-exchange";
    /** The routing key the message was first published with. */
    public static final String ORIGINAL_ROUTING_KEY = "x-lightbus-original-routing-key";
    /** When the message was dead-lettered, epoch milliseconds (long). */
    public static final String FAILED_AT = "x-lightbus-failed-at";

    /** {@link #REASON} of a message the listener could not decode. */
    public static final String REASON_UNDECODABLE = DeadLetterReason.UNDECODABLE.wireName();
    /** {@link #REASON} of a message whose body is larger than its listener takes. */
    public static final String REASON_TOO_LARGE = DeadLetterReason.TOO_LARGE.wireName();
    /** Reason: the message did not match the schema of its API ({@link org.lightbus.spi.InvalidEventException}). */
    public static final String REASON_INVALID = DeadLetterReason.INVALID.wireName();
    /** The size of the body of a message too large for its listener, in bytes (long). */
    public static final String SIZE = "x-lightbus-size";
    /** The largest body the listener takes, in bytes (long), on a message too large for it. */
    public static final String MAX_SIZE = "x-lightbus-max-size";
    /** {@link #REASON} of a message whose listener failed on every attempt. */
    public static final String REASON_LISTENER_FAILED = DeadLetterReason.LISTENER_FAILED.wireName();

    /** The procedure a call is for, within its API, e.g. {@code check_password}. */
    public static final String PROCEDURE = "x-lightbus-procedure";
    /** When the caller stops waiting for a call, epoch milliseconds (long); a server does not run it after that. */
    public static final String DEADLINE = "x-lightbus-deadline";
    /** Whether a reply is a result ({@link #RPC_STATUS_OK}) or an error envelope ({@link #RPC_STATUS_ERROR}). */
    public static final String RPC_STATUS = "x-lightbus-rpc-status";

    /** {@link #RPC_STATUS} of a reply that carries the result. */
    public static final String RPC_STATUS_OK = "ok";
    /** {@link #RPC_STATUS} of a reply that carries an error envelope. */
    public static final String RPC_STATUS_ERROR = "error";

    /**
     * How many times a dead letter was put back to its listener's queue by {@code lightbus dlq replay} (long); absent
     * means never.
     */
    public static final String REPLAYS = "x-lightbus-replays";

    /**
     * The W3C trace context of the span that sent an event or a call
     * (<a href="https://www.w3.org/TR/trace-context/">Trace Context</a>), e.g.
     * {@code 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01}; written by the runtime's OpenTelemetry
     * propagators when tracing is on. Retried and dead-lettered copies keep it.
     */
    public static final String TRACEPARENT = "traceparent";
    /** Vendor-specific trace data that goes with {@link #TRACEPARENT}, when the sender has any. */
    public static final String TRACESTATE = "tracestate";

    /** The header RabbitMQ adds when it dead-letters a message; not copied to retries. */
    public static final String X_DEATH = "x-death";

    private WireHeaders() {
    }
}
