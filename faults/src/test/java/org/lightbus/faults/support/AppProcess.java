package org.lightbus.faults.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An application of a scenario in a JVM of its own, started from the test class path: its console goes to
 * {@code <name>.log} in the scenario's folder, it creates {@code <name>.ready} once started, and it takes commands on
 * standard input (it ends when the test JVM closes that).
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration READY = Duration.ofSeconds(90);

    private final String name;
    private final Process process;
    private final Path log;
    private final Path ready;
    private final Writer commands;

    private AppProcess(String name, Process process, Path log, Path ready) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.ready = ready;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    }

    static AppProcess start(String name, Path dir, Class<?> main, Map<String, String> systemProperties,
            List<String> arguments) {
        Path log = dir.resolve(name + ".log");
        Path ready = dir.resolve(name + ".ready");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // small and quick to start: the machine is shared with the broker and the other applications
        command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dlightbus.faults.ready-file=" + ready);
        command.add("-Dlightbus.transport=rabbitmq"); // the test kit on the class path would choose itself
        command.add(main.getName());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // the application is configured by its system properties alone, never by the environment of the build
        builder.environment().keySet().removeIf(key -> key.startsWith("LIGHTBUS_") || key.startsWith("RABBITMQ_"));
        try {
            return new AppProcess(name, builder.start(), log, ready);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the name the scenario gave it */
    public String name() {
        return name;
    }

    /** @return its process id */
    public long pid() {
        return process.pid();
    }

    /** @return true while it runs */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the application has started (its listeners consume, its servers serve). */
    public AppProcess awaitReady() {
        await().atMost(READY).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " exited while starting (" + process.exitValue() + "): " + logTail());
            }
            return Files.exists(ready);
        });
        return this;
    }

    /** Sends a line to its standard input. */
    public void send(String command) {
        try {
            commands.write(command + "\n");
            commands.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(name + " does not take commands any more", e);
        }
    }

    /**
     * @return its exit code
     *
     * @throws AssertionError
     *             if it has not exited within the bound
     */
    public int awaitExit(Duration bound) {
        try {
            if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(name + " did not exit within " + bound + ": " + logTail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Kills it with SIGKILL, as a crash would, and returns once it has gone. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** @return the end of its console output, for failure messages */
    public String logTail() {
        try {
            String text = Files.exists(log) ? Files.readString(log) : "";
            return "\n--- end of " + log + " ---\n" + text.substring(Math.max(0, text.length() - 3_000));
        } catch (IOException e) {
            return "(" + e + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
