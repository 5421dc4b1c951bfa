package org.lightbus.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rabbitmq.perf.PerfTest;

/**
 * Runs RabbitMQ PerfTest in this JVM with the settings of the event benchmarks (a quorum queue, persistent messages,
 * publisher confirms, a prefetch of 100, one consumer) and reads its summary.
 */
final class PerfTestBaseline {

    private static final Pattern PERCENTILES = Pattern
            .compile("min/median/75th/95th/99th ([0-9]+)/([0-9]+)/[0-9]+/[0-9]+/([0-9]+) µs");

    private PerfTestBaseline() {
    }

    /** PerfTest's average rates, in messages per second. */
    record Rates(double sent, double received) {
    }

    /** PerfTest's average sending rate, and the median and 99th percentile of its confirms' latency. */
    record Confirms(double sent, double p50Micros, double p99Micros) {
    }

    /** Runs PerfTest ({@link #run}) with one producer and 1,000 confirms outstanding; returns its average rates. */
    static Rates rates(String queue, int messages, int size) {
        List<String> lines = run(queue, 1, messages, size, 1_000);
        return new Rates(rate(lines, "sending rate avg: "), rate(lines, "receiving rate avg: "));
    }

    /** Runs PerfTest ({@link #run}) with messages of 100 bytes; returns its sending rate and confirm latency. */
    static Confirms confirms(String queue, int producers, int messagesPerProducer, int outstanding) {
        List<String> lines = run(queue, producers, messagesPerProducer, 100, outstanding);
        for (String line : lines) {
            Matcher matcher = PERCENTILES.matcher(line);
            if (line.contains("confirm latency") && matcher.find()) {
                return new Confirms(rate(lines, "sending rate avg: "), Double.parseDouble(matcher.group(2)),
                        Double.parseDouble(matcher.group(3)));
            }
        }
        throw new IllegalStateException("no confirm latency in PerfTest's summary: " + lines);
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
     * @param producers
     *            how many producers send, each on a channel and thread of its own
     * @param messagesPerProducer
     *            how many messages each producer sends; the consumer receives all of them
     * @param size
     *            the size of each message in bytes
     * @param outstanding
     *            how many confirms a producer waits for at most: 1 sends each message once the previous one is
     *            confirmed
     *
     * @return PerfTest's summary lines (sending and receiving rates, latency)
     */
    static List<String> run(String queue, int producers, int messagesPerProducer, int size, int outstanding) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        String[] args = { "--uri", "amqp://guest:guest@127.0.0.1:5672/%2F", "--queue", queue, "--quorum-queue",
                "--flag", "persistent", "--confirm", String.valueOf(outstanding), "--qos", "100", "--size",
                String.valueOf(size), "--producers", String.valueOf(producers), "--consumers", "1", "--pmessages",
                String.valueOf(messagesPerProducer), "--cmessages", String.valueOf(producers * messagesPerProducer),
                "--interval", "60" };
        PerfTest.main(args, new PerfTest.PerfTestOptions().setSystemExiter(status -> {
        }).setConsoleOut(new PrintStream(console, true, StandardCharsets.UTF_8)));
        return console.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("rate avg") || line.contains("latency")).toList();
    }
}
