package org.lightbus.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rabbitmq.perf.PerfTest;

/**
 * Runs RabbitMQ PerfTest in this JVM with the settings of the event benchmark (persistent messages, quorum queues,
 * confirms with 1,000 in flight, prefetch 100, one producer) and returns its summary lines: to one consumer, to
 * {@value FanOutScenario#SERVICES} queues with competing consumers, or to a consumer that rejects every message.
 */
final class PerfTestBaseline {

    private static final int PREFETCH = 100;

    private PerfTestBaseline() {
    }

    /** PerfTest's average rates, in messages per second. */
    record Rates(double sent, double received) {
    }

    /** Runs PerfTest ({@link #run}) and returns its average sending and receiving rates. */
    static Rates rates(String queue, int messages, int size) {
        return rates(run(queue, messages, size));
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
                messages, queues * consumersPerQueue, share, size));
    }

    /**
     * Publishes {@code messages} to a queue whose messages are dead-lettered to {@code deadLetterExchange}; its
     * consumer rejects every one without requeueing it.
     *
     * @return the rates; received counts the rejected messages
     */
    static Rates rejected(String queue, String deadLetterExchange, int messages) {
        return rates(run(List.of("--queue", queue, "--queue-args", "x-dead-letter-exchange=" + deadLetterExchange,
                "--nack", "--requeue", "false"), messages, 1, messages, 100));
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

    /**
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
        return run(List.of("--queue", queue), messages, 1, messages, size);
    }

    private static List<String> run(List<String> topology, int messages, int consumers, int consumerMessages,
            int size) {
        List<String> args = new ArrayList<>(List.of("--uri", "amqp://guest:guest@127.0.0.1:5672/%2F", "--quorum-queue",
                "--flag", "persistent", "--confirm", "1000", "--qos", String.valueOf(PREFETCH), "--size",
                String.valueOf(size), "--producers", "1", "--consumers", String.valueOf(consumers), "--pmessages",
                String.valueOf(messages), "--cmessages", String.valueOf(consumerMessages), "--interval", "60"));
        args.addAll(topology);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PerfTest.main(args.toArray(String[]::new), new PerfTest.PerfTestOptions().setSystemExiter(status -> {
        }).setConsoleOut(new PrintStream(console, true, StandardCharsets.UTF_8)));
        return console.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("rate avg") || line.contains("latency")).toList();
    }
}
