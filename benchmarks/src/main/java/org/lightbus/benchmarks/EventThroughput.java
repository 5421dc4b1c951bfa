package org.lightbus.benchmarks;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.lightbus.testing.BusApplication;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/**
 * End-to-end event throughput: one application fires 10,000 events with {@code fireAsync}, another one listens;
 * persistent messages on a quorum queue, confirms pipelined. Prints Lightbus's figures next to RabbitMQ PerfTest's for
 * the same settings, measured in the same run.
 *
 * <p>
 * {@code fireAsync} holds one thread of the container's asynchronous-observer executor per event until its confirm
 * arrives, so its concurrency is that executor's size: the benchmark runs with Weld's default (one thread per core) and
 * with 64 threads. Then {@code EventPublisher} again in alternating rounds with schema validation off and on (both when
 * sent and when received), for the cost of validation.
 *
 * <pre>
 * ./mvnw -Pbenchmark -pl benchmarks -am verify -DskipTests -Dbenchmark.main=org.lightbus.benchmarks.EventThroughput
 * </pre>
 */
public final class EventThroughput {

    private static final int WARM_UP = 2_000;
    private static final int EVENTS = 10_000;

    private EventThroughput() {
    }

    public static void main(String[] args) throws Exception {
        String namespace = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        System.out.printf("Event throughput, %,d events from one application to one listener in another,"
                + " persistent, quorum queue, pipelined confirms%n", EVENTS);
        try (BusApplication listener = listener(namespace, true);
                BusApplication publisher = publisher(namespace, true)) {
            Sink sink = listener.bean(Sink.class);
            Source source = publisher.bean(Source.class);
            report("Lightbus Event.fireAsync()", sink, source::fireAll);
            report("Lightbus EventPublisher.publish()", sink, source::publishAll);
        }
        // the cost of checking each event against the schema, when sent and when received: alternating rounds
        for (int round = 1; round <= 4; round++) {
            // which goes first alternates too: the JIT keeps warming up from round to round
            boolean[] order = round % 2 == 1 ? new boolean[] { false, true } : new boolean[] { true, false };
            for (boolean validate : order) {
                try (BusApplication listener = listener(namespace, validate);
                        BusApplication publisher = publisher(namespace, validate)) {
                    report("EventPublisher, validation " + (validate ? "on " : "off") + " #" + round,
                            listener.bean(Sink.class), publisher.bean(Source.class)::publishAll);
                }
            }
        }
        try {
            System.out.println("RabbitMQ PerfTest 2.22.1, same settings (1 producer, 1 consumer, confirm window 1000,"
                    + " prefetch 100, 100-byte persistent messages, quorum queue):");
            PerfTestBaseline.run(namespace + ".perftest", EVENTS, 100).forEach(line -> System.out.println("  " + line));
        } finally {
            deleteQueues(namespace);
        }
    }

    private static BusApplication listener(String namespace, boolean validate) {
        return BusApplication.named("bench-listener").in(namespace).with(Sink.class)
                .config("lightbus.listener.prefetch", "100")
                .config("lightbus.api.bench.validate.incoming", Boolean.toString(validate)).start();
    }

    private static BusApplication publisher(String namespace, boolean validate) {
        return BusApplication.named("bench-publisher").in(namespace).config("lightbus.owned-apis", "bench")
                .config("lightbus.api.bench.validate.outgoing", Boolean.toString(validate)).with(Source.class).start();
    }

    private static void report(String what, Sink sink, IntFunction<CompletableFuture<Void>> send)
            throws InterruptedException {
        measure(sink, send, WARM_UP);
        Measurement result = measure(sink, send, EVENTS);
        System.out.printf(
                "  %-34s published %,6.0f events/s (all confirmed after %,d ms),"
                        + " received %,6.0f events/s end to end (last after %,d ms)%n",
                what, EVENTS * 1000.0 / result.confirmed().toMillis(), result.confirmed().toMillis(),
                EVENTS * 1000.0 / result.received().toMillis(), result.received().toMillis());
    }

    record Measurement(Duration confirmed, Duration received) {
    }

    static Measurement measure(Sink sink, IntFunction<CompletableFuture<Void>> send, int count)
            throws InterruptedException {
        sink.arrivals().expect(count);
        long start = System.nanoTime();
        send.apply(count).join();
        long confirmed = System.nanoTime();
        if (!sink.arrivals().latch().await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException(
                    "the listener did not receive all events: " + sink.arrivals().latch().getCount() + " missing");
        }
        long received = System.nanoTime();
        return new Measurement(Duration.ofNanos(confirmed - start), Duration.ofNanos(received - start));
    }

    static void deleteQueues(String namespace) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(URI.create("amqp://guest:guest@127.0.0.1:5672/%2F"));
        try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
            String queue = namespace + ".bench-listener.sink";
            for (String name : new String[] { queue, queue + ".retry", queue + ".dlq", namespace + ".perftest" }) {
                channel.queueDelete(name);
            }
            channel.exchangeDelete(namespace + ".bench");
        }
    }
}
