package org.lightbus.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rabbitmq.perf.PerfTest;

/**
 * Runs RabbitMQ PerfTest in this JVM with the settings of the event benchmarks (a quorum queue, persistent messages,
 * publisher confirms, a prefetch of 100, one consumer) and reads its summary.
 */
final class PerfTestBaseline {

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

    /** Runs PerfTest ({@link #run}) with one producer and 1,000 confirms outstanding; returns its average rates. */
    static Rates rates(String queue, int messages, int size) {
        List<String> lines = run(queue, 1, messages, size, 1_000);
        return new Rates(rate(lines, "sending rate avg: "), rate(lines, "receiving rate avg: "));
    }

    /** Runs PerfTest ({@link #run}) with messages of 100 bytes; returns its sending rate and confirm latency. */
    static Confirms confirms(String queue, int producers, int messagesPerProducer, int outstanding) {
        List<String> lines = run(queue, producers, messagesPerProducer, 100, outstanding);
        return new Confirms(rate(lines, "sending rate avg: "), percentiles(lines, "confirm latency"));
    }

    /**
     * Runs PerfTest ({@link #run}) with its producer sending at most {@code perSecond} messages a second and returns
     * the latency from sending to the consumer.
     */
    static Percentiles latency(String queue, int messages, int size, int perSecond) {
        return percentiles(run(queue, 1, messages, size, 1_000, "--rate", String.valueOf(perSecond)),
                "consumer latency");
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
     * @param options
     *            more of PerfTest's options
     *
     * @return PerfTest's summary lines (sending and receiving rates, latency)
     */
    static List<String> run(String queue, int producers, int messagesPerProducer, int size, int outstanding,
            String... options) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("--uri", "amqp://guest:guest@127.0.0.1:5672/%2F", "--queue", queue,
                "--quorum-queue", "--flag", "persistent", "--confirm", String.valueOf(outstanding), "--qos", "100",
                "--size", String.valueOf(size), "--producers", String.valueOf(producers), "--consumers", "1",
                "--pmessages", String.valueOf(messagesPerProducer), "--cmessages",
                String.valueOf(producers * messagesPerProducer), "--interval", "60"));
        args.addAll(List.of(options));
        PerfTest.main(args.toArray(String[]::new), new PerfTest.PerfTestOptions().setSystemExiter(status -> {
        }).setConsoleOut(new PrintStream(console, true, StandardCharsets.UTF_8)));
        return console.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("rate avg") || line.contains("latency")).toList();
    }
}
