package org.lightbus.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time goes: with {@code -Dbenchmark.profile=true}, {@link Comparison} records the bus's measurements of its
 * last round with Java Flight Recorder (the JDK's {@code profile} settings, a CPU sample every millisecond), writes
 * each recording to {@code target/profiles/<name>.jfr} (open it in JDK Mission Control, or {@code jfr print}), and
 * prints a summary: the CPU samples by library of the innermost frame that is not the JDK's own, the methods with the
 * most samples of their own, and how many threads were started while it ran.
 */
final class Profiler {

    /** The libraries a sample is counted for, by the package of a frame; the first that matches wins. */
    private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("org.lightbus.benchmarks.", "benchmark");
        LIBRARIES.put("org.lightbus.", "Lightbus");
        LIBRARIES.put("com.rabbitmq.", "amqp-client");
        LIBRARIES.put("com.fasterxml.jackson.", "Jackson");
        LIBRARIES.put("com.networknt.", "JSON Schema");
        LIBRARIES.put("org.jboss.weld.", "Weld");
        LIBRARIES.put("io.smallrye.", "SmallRye");
        LIBRARIES.put("io.vertx.", "Vert.x");
        LIBRARIES.put("io.netty.", "Netty");
        LIBRARIES.put("org.springframework.", "Spring");
        LIBRARIES.put("io.opentelemetry.", "OpenTelemetry");
    }

    private static final int TOP = 8;

    private final boolean enabled = Boolean.getBoolean("benchmark.profile");
    private final Path directory = Path.of(System.getProperty("benchmark.output", "target"), "profiles");
    private final Map<String, Summary> summaries = new LinkedHashMap<>();
    private final int lastRound;
    private int round;

    /**
     * @param lastRound
     *            the round whose measurements are recorded
     */
    Profiler(int lastRound) {
        this.lastRound = lastRound;
    }

    /** Tells which round runs now. */
    void round(int round) {
        this.round = round;
    }

    /** Runs the work, recorded as {@code name} when profiling is on and this is the last round. */
    <T> T record(String name, Callable<T> work) throws Exception {
        if (!enabled || round != lastRound) {
            return work.call();
        }
        Files.createDirectories(directory);
        Path file = directory.resolve(name + ".jfr");
        try (Recording recording = new Recording(profileSettings())) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
            recording.start();
            try {
                return work.call();
            } finally {
                recording.stop();
                recording.dump(file);
                summaries.put(name, Summary.of(file));
            }
        }
    }

    private static Configuration profileSettings() throws IOException {
        try {
            return Configuration.getConfiguration("profile");
        } catch (ParseException e) {
            throw new IOException(e);
        }
    }

    /** Prints the summary of every recording. */
    void print(PrintStream out) {
        if (summaries.isEmpty()) {
            return;
        }
        out.printf("%nProfiles (JFR, %s):%n", directory);
        summaries.forEach((name, summary) -> summary.print(name, out));
    }

    /** What one recording shows. */
    private record Summary(int samples, Map<String, Integer> byLibrary, Map<String, Integer> byMethod,
            int threadsStarted) {

        static Summary of(Path file) throws IOException {
            Map<String, Integer> byLibrary = new HashMap<>();
            Map<String, Integer> byMethod = new HashMap<>();
            int samples = 0;
            int threadsStarted = 0;
            for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                String type = event.getEventType().getName();
                if (type.equals("jdk.ThreadStart")) {
                    threadsStarted++;
                } else if (type.equals("jdk.ExecutionSample") && event.getStackTrace() != null
                        && !event.getStackTrace().getFrames().isEmpty()) {
                    samples++;
                    List<RecordedFrame> frames = event.getStackTrace().getFrames();
                    byMethod.merge(method(frames.get(0)), 1, Integer::sum);
                    byLibrary.merge(library(frames), 1, Integer::sum);
                }
            }
            return new Summary(samples, byLibrary, byMethod, threadsStarted);
        }

        /** The library of the innermost frame that belongs to one, else the JDK. */
        private static String library(List<RecordedFrame> frames) {
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName();
                for (Map.Entry<String, String> library : LIBRARIES.entrySet()) {
                    if (type.startsWith(library.getKey())) {
                        return library.getValue();
                    }
                }
            }
            return "JDK";
        }

        private static String method(RecordedFrame frame) {
            String type = frame.getMethod().getType().getName();
            return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
        }

        void print(String name, PrintStream out) {
            out.printf(Locale.ROOT, "  %s: %,d CPU samples, %,d threads started%n", name, samples, threadsStarted);
            out.printf("    by library: %s%n", shares(byLibrary, Integer.MAX_VALUE));
            out.printf("    own time:   %s%n", shares(byMethod, TOP));
        }

        private String shares(Map<String, Integer> counts, int limit) {
            List<String> parts = new ArrayList<>();
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer> comparingByValue(Comparator.reverseOrder()))
                    .limit(limit).forEach(entry -> parts.add(String.format(Locale.ROOT, "%s %.0f%%", entry.getKey(),
                            100.0 * entry.getValue() / Math.max(1, samples))));
            return String.join(", ", parts);
        }
    }
}
