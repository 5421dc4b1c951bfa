package org.lightbus.benchmarks;

/** What {@link Comparison} measures: the bus, the tools users would pick instead, and the broker's limit. */
enum Tool {

    LIGHTBUS("Lightbus", false), LIGHTBUS_CONNECTOR("Lightbus RM connector", false),
    SMALLRYE("SmallRye RabbitMQ", true), SPRING_AMQP("Spring AMQP", true), PLAIN_CLIENT("plain amqp-client", true),
    PERFTEST("RabbitMQ PerfTest", false);

    private final String label;
    private final boolean peer;

    Tool(String label, boolean peer) {
        this.label = label;
        this.peer = peer;
    }

    String label() {
        return label;
    }

    /** Whether it is one of the tools users would pick instead of the bus: the "best peer" is the best of them. */
    boolean peer() {
        return peer;
    }
}
