package org.lightbus.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rabbitmq.perf.PerfTest;

/**
 * Runs RabbitMQ PerfTest in this JVM with the settings of the event benchmarks (persistent messages, quorum queues,
 * publisher confirms, prefetch 100) and reads its summary: to one consumer, at a fixed rate, with confirms waited for
 * one at a time, to {@value FanOutScenario#SERVICES} queues with competing consumers, or to a consumer that rejects
 * every message.
 */
final class PerfTestBaseline {

    private static final int PREFETCH = 100;

    /** For example {@code consumer latency min/median/75th/95th/99th 710/5145/28346/53817/58351 µs}. */
    private static final Pattern PERCENTILES = Pattern.compile("latency ([a-z0-9/]+) ([0-9/]+) (\\S+)");

    private PerfTestBaseline() {
    }

    /** PerfTest's average rates, in messages per second. */
    record Rates(double sent, double received) {
    }

    /** The median and 99th percentile of one of PerfTest's latencies, in microseconds. */
    record Percentiles(double p50, double p99) {
    }

    /** PerfTest's average sending rate, and its confirms' latency. */
    record Confirms(double sent, Percentiles latency) {
    }

    /** One producer with 1,000 confirms outstanding, one consumer: the average rates. */
    static Rates rates(String queue, int messages, int size) {
        return rates(run(queue, messages, size));
    }

    /**
     * {@code producers} producers with messages of 100 bytes, each waiting for at most {@code outstanding} confirms (1:
     * each message once the previous one is confirmed), one consumer: the sending rate and the confirms' latency.
     */
    static Confirms confirms(String queue, int producers, int messagesPerProducer, int outstanding) {
        List<String> lines = run(List.of("--queue", queue), producers, messagesPerProducer, 1,
                producers * messagesPerProducer, 100, outstanding);
        return new Confirms(rate(lines, "sending rate avg: "), percentiles(lines, "confirm latency"));
    }

    /** One producer sending at most {@code perSecond} messages a second: the latency from sending to the consumer. */
    static Percentiles latency(String queue, int messages, int size, int perSecond) {
        return percentiles(run(List.of("--queue", queue, "--rate", String.valueOf(perSecond)), 1, messages, 1, messages,
                size, 1_000), "consumer latency");
    }

    /**
     * Publishes {@code messages} to a fanout exchange with the queues {@code <exchange>.1} to {@code <exchange>.<n>}
     * bound, each consumed by {@code consumersPerQueue} competing consumers.
     *
     * <p>
     * A consumer that has received its count stops acknowledging, so each counts only the share it is sure to get
     * whatever the others take: all but a prefetch of the messages of its queue, divided among them. The receiving rate
     * is that of those deliveries, until the last consumer has received its share.
     *
     * @return the rates; received counts the deliveries to all consumers
     */
    static Rates fanOut(String exchange, int queues, int consumersPerQueue, int messages, int size) {
        int share = (messages - PREFETCH) / consumersPerQueue;
        return rates(run(
                List.of("--exchange", exchange, "--type", "fanout", "--queue-pattern", exchange + ".%d",
                        "--queue-pattern-from", "1", "--queue-pattern-to", String.valueOf(queues)),
                1, messages, queues * consumersPerQueue, share, size, 1_000));
    }

    /**
     * Publishes {@code messages} to a queue whose messages are dead-lettered to {@code deadLetterExchange}; its
     * consumer rejects every one without requeueing it.
     *
     * @return the rates; received counts the rejected messages
     */
    static Rates rejected(String queue, String deadLetterExchange, int messages) {
        return rates(run(List.of("--queue", queue, "--queue-args", "x-dead-letter-exchange=" + deadLetterExchange,
                "--nack", "--requeue", "false"), 1, messages, 1, messages, 100, 1_000));
    }

    private static Rates rates(List<String> lines) {
        return new Rates(rate(lines, "sending rate avg: "), rate(lines, "receiving rate avg: "));
    }

    private static double rate(List<String> lines, String label) {
        for (String line : lines) {
            Matcher matcher = Pattern.compile(Pattern.quote(label) + "([0-9]+)").matcher(line);
            if (matcher.find()) {
                return Double.parseDouble(matcher.group(1));
            }
        }
        throw new IllegalStateException("no '" + label + "' in PerfTest's summary: " + lines);
    }

    private static Percentiles percentiles(List<String> lines, String latency) {
        for (String line : lines) {
            Matcher matcher = PERCENTILES.matcher(line);
            if (line.contains(latency) && matcher.find()) {
                List<String> labels = Arrays.asList(matcher.group(1).split("/"));
                String[] values = matcher.group(2).split("/");
                double toMicros = switch (matcher.group(3)) {
                case "ns" -> 1e-3;
                case "µs" -> 1;
                case "ms" -> 1e3;
                case "s" -> 1e6;
                default -> throw new IllegalStateException("unknown unit of PerfTest's latency: " + line);
                };
                return new Percentiles(Double.parseDouble(values[labels.indexOf("median")]) * toMicros,
                        Double.parseDouble(values[labels.indexOf("99th")]) * toMicros);
            }
        }
        throw new IllegalStateException("no " + latency + " in PerfTest's summary: " + lines);
    }

    /**
     * One producer with 1,000 confirms outstanding, one consumer.
     *
     * @param queue
     *            the queue to use (quorum, durable)
     * @param messages
     *            how many messages to send and receive
     * @param size
     *            the size of each message in bytes
     *
     * @return PerfTest's summary lines (sending and receiving rates, latency)
     */
    static List<String> run(String queue, int messages, int size) {
        return run(List.of("--queue", queue), 1, messages, 1, messages, size, 1_000);
    }

    private static List<String> run(List<String> options, int producers, int messagesPerProducer, int consumers,
            int messagesPerConsumer, int size, int outstanding) {
        List<String> args = new ArrayList<>(List.of("--uri", "amqp://guest:guest@127.0.0.1:5672/%2F", "--quorum-queue",
                "--flag", "persistent", "--confirm", String.valueOf(outstanding), "--qos", String.valueOf(PREFETCH),
                "--size", String.valueOf(size), "--producers", String.valueOf(producers), "--consumers",
                String.valueOf(consumers), "--pmessages", String.valueOf(messagesPerProducer), "--cmessages",
                String.valueOf(messagesPerConsumer), "--interval", "60"));
        args.addAll(options);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream())); // its "starting consumer #n" lines
        try {
            PerfTest.main(args.toArray(String[]::new), new PerfTest.PerfTestOptions().setSystemExiter(status -> {
            }).setConsoleOut(new PrintStream(console, true, StandardCharsets.UTF_8)));
        } finally {
            System.setOut(out);
        }
        return console.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("rate avg") || line.contains("latency")).toList();
    }
}
