package org.lightbus.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rabbitmq.perf.PerfTest;

/**
 * Runs RabbitMQ PerfTest in this JVM with the settings of the event benchmark and returns its summary lines.
 */
final class PerfTestBaseline {

    private PerfTestBaseline() {
    }

    /** PerfTest's average rates, in messages per second. */
    record Rates(double sent, double received) {
    }

    /** Runs PerfTest ({@link #run}) and returns its average sending and receiving rates. */
    static Rates rates(String queue, int messages, int size) {
        List<String> lines = run(queue, messages, size);
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
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        String[] args = { "--uri", "amqp://guest:guest@127.0.0.1:5672/%2F", "--queue", queue, "--quorum-queue",
                "--flag", "persistent", "--confirm", "1000", "--qos", "100", "--size", String.valueOf(size),
                "--producers", "1", "--consumers", "1", "--pmessages", String.valueOf(messages), "--cmessages",
                String.valueOf(messages), "--interval", "60" };
        PerfTest.main(args, new PerfTest.PerfTestOptions().setSystemExiter(status -> {
        }).setConsoleOut(new PrintStream(console, true, StandardCharsets.UTF_8)));
        return console.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("rate avg") || line.contains("latency")).toList();
    }
}
