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
 * Runs RabbitMQ PerfTest in this JVM with the settings of the event benchmark and returns its summary lines.
 */
final class PerfTestBaseline {

    /** For example {@code consumer latency min/median/75th/95th/99th 710/5145/28346/53817/58351 µs}. */
    private static final Pattern CONSUMER_LATENCY = Pattern.compile("consumer latency ([a-z0-9/]+) ([0-9/]+) (\\S+)");

    private PerfTestBaseline() {
    }

    /** PerfTest's average rates, in messages per second. */
    record Rates(double sent, double received) {
    }

    /** PerfTest's consumer latency percentiles, in microseconds. */
    record Latency(double p50, double p99) {
    }

    /** Runs PerfTest ({@link #run}) and returns its average sending and receiving rates. */
    static Rates rates(String queue, int messages, int size) {
        List<String> lines = run(queue, messages, size);
        return new Rates(rate(lines, "sending rate avg: "), rate(lines, "receiving rate avg: "));
    }

    /**
     * Runs PerfTest ({@link #run}) with its producer sending at most {@code perSecond} messages a second and returns
     * the latency from sending to the consumer.
     */
    static Latency latency(String queue, int messages, int size, int perSecond) {
        List<String> lines = run(queue, messages, size, "--rate", String.valueOf(perSecond));
        for (String line : lines) {
            Matcher matcher = CONSUMER_LATENCY.matcher(line);
            if (matcher.find()) {
                List<String> labels = Arrays.asList(matcher.group(1).split("/"));
                String[] values = matcher.group(2).split("/");
                double toMicros = switch (matcher.group(3)) {
                case "ns" -> 1e-3;
                case "µs" -> 1;
                case "ms" -> 1e3;
                case "s" -> 1e6;
                default -> throw new IllegalStateException("unknown unit of PerfTest's latency: " + line);
                };
                return new Latency(Double.parseDouble(values[labels.indexOf("median")]) * toMicros,
                        Double.parseDouble(values[labels.indexOf("99th")]) * toMicros);
            }
        }
        throw new IllegalStateException("no consumer latency in PerfTest's summary: " + lines);
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
     * @param options
     *            more of PerfTest's options
     *
     * @return PerfTest's summary lines (sending and receiving rates, latency)
     */
    static List<String> run(String queue, int messages, int size, String... options) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("--uri", "amqp://guest:guest@127.0.0.1:5672/%2F", "--queue", queue,
                "--quorum-queue", "--flag", "persistent", "--confirm", "1000", "--qos", "100", "--size",
                String.valueOf(size), "--producers", "1", "--consumers", "1", "--pmessages", String.valueOf(messages),
                "--cmessages", String.valueOf(messages), "--interval", "60"));
        args.addAll(List.of(options));
        PerfTest.main(args.toArray(String[]::new), new PerfTest.PerfTestOptions().setSystemExiter(status -> {
        }).setConsoleOut(new PrintStream(console, true, StandardCharsets.UTF_8)));
        return console.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("rate avg") || line.contains("latency")).toList();
    }
}
