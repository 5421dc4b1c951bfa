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

    private TestBroker() {
    }

    /**
     * @return the broker of the running session; {@link Kind#RABBITMQ} outside a session
     */
    public static Kind kind() {
        return kind;
    }
}
