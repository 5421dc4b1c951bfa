package org.lightbus.benchmarks;

import java.net.URI;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.lightbus.testing.BusApplication;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * Failure routing: 1,000 events whose listener always fails, published at once by another application, after a warm-up
 * round of 5,000. Prints how fast they reach the dead-letter queue with {@code max-attempts=1}, and the handler calls
 * per second with 5 attempts and a 10 ms initial backoff (each failed attempt a copy to the retry queue, then back).
 *
 * <pre>
 * ./mvnw -Pbenchmark -pl benchmarks -am verify -DskipTests -Dbenchmark.main=org.lightbus.benchmarks.FailureRouting
 * </pre>
 */
public final class FailureRouting {

    private static final int EVENTS = 1_000;
    private static final int WARM_UP = 5_000;

    private FailureRouting() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Failure routing, %,d events whose listener always fails, persistent, quorum queues%n",
                EVENTS);
        run("max-attempts=1", 1);
        run("max-attempts=5, initial-backoff=10ms", 5);
    }

    private static void run(String what, int attempts) throws Exception {
        Result result = measure(attempts, EVENTS, WARM_UP);
        System.out.printf("  %-38s %,6.0f dead-lettered/s, %,6.0f handler calls/s (%,d calls in %.2f s)%n", what,
                EVENTS / result.seconds(), result.calls() / result.seconds(), result.calls(), result.seconds());
    }

    /** How long {@code events} took to reach the dead-letter queue, and how often the listener was called. */
    record Result(double seconds, int calls) {
    }

    /**
     * Publishes {@code warmUp} events, then {@code events}, to a listener that always fails, in a namespace of its own
     * that it deletes afterwards.
     */
    static Result measure(int attempts, int events, int warmUp) throws Exception {
        String namespace = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String queue = namespace + ".bench-failing.failing";
        try (BusApplication listener = BusApplication.named("bench-failing").in(namespace).with(FailingSink.class)
                .config("lightbus.listener.max-attempts", Integer.toString(attempts))
                .config("lightbus.listener.initial-backoff", "10ms").config("lightbus.listener.max-backoff", "10ms")
                .config("lightbus.listener.prefetch", "100").start();
                BusApplication publisher = BusApplication.named("bench-publisher").in(namespace)
                        .config("lightbus.owned-apis", "bench").with(Source.class).start()) {
            FailingSink sink = listener.bean(FailingSink.class);
            Source source = publisher.bean(Source.class);
            round(source, queue, warmUp, warmUp);
            int callsBefore = sink.calls();
            double seconds = round(source, queue, events, warmUp + events);
            return new Result(seconds, sink.calls() - callsBefore);
        } finally {
            delete(namespace, queue);
        }
    }

    /**
     * Publishes {@code count} events and waits until the dead-letter queue holds {@code total}.
     *
     * @return the seconds from the first publish until then
     */
    private static double round(Source source, String queue, int count, int total) throws Exception {
        long start = System.nanoTime();
        source.publishAll(count).join();
        long deadline = start + TimeUnit.MINUTES.toNanos(5);
        while (deadLetters(queue + ".dlq") < total) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not all events reached the dead-letter queue");
            }
            Thread.sleep(10);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static long deadLetters(String queue) throws Exception {
        try (Connection connection = factory().newConnection(); Channel channel = connection.createChannel()) {
            return channel.queueDeclarePassive(queue).getMessageCount();
        }
    }

    private static void delete(String namespace, String queue) throws Exception {
        try (Connection connection = factory().newConnection(); Channel channel = connection.createChannel()) {
            for (String name : new String[] { queue, queue + ".retry", queue + ".dlq", namespace + ".$directory" }) {
                channel.queueDelete(name);
            }
            channel.exchangeDelete(namespace + ".bench");
        }
    }

    private static ConnectionFactory factory() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(URI.create("amqp://guest:guest@127.0.0.1:5672/%2F"));
        return factory;
    }
}
