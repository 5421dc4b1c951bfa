package org.lightbus.devbroker.junit;

/**
 * Which broker the tests of the running JUnit Platform session talk to, as {@link TestBrokerSession} chose it. Free of
 * JUnit Platform launcher types, so that test support code can ask.
 */
public final class TestBroker {

    /** A kind of broker. */
    public enum Kind {
        /** RabbitMQ, or whatever else answered on the port before the session started. */
        RABBITMQ,
        /** The {@link org.lightbus.devbroker.DevBroker} of this session. */
        DEVELOPMENT
    }

    static volatile Kind kind = Kind.RABBITMQ;

    static volatile boolean required;

    private TestBroker() {
    }

    /**
     * @return the broker of the running session; {@link Kind#RABBITMQ} outside a session
     */
    public static Kind kind() {
        return kind;
    }

    /**
     * @return true if the session was told to use RabbitMQ and nothing else ({@code lightbus.test.broker=rabbitmq}): a
     *         test that needs RabbitMQ fails rather than being skipped when what it needs is missing
     */
    public static boolean rabbitMqRequired() {
        return required;
    }

    /**
     * The reason to give when skipping a test that needs RabbitMQ, so that the session lists it among the tests skipped
     * for want of RabbitMQ.
     *
     * @param what
     *            what the test needs, e.g. {@code its server installed}
     */
    public static String skipReason(String what) {
        return TestBrokerSession.SKIP_REASON_PREFIX + what + ")";
    }
}
