package org.lightbus.faults.apps;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Timer;
import java.util.TimerTask;
import java.util.function.Consumer;

import org.lightbus.testing.BusApplication;

/**
 * What the suite's application processes share: their bus application, configured by system properties
 * ({@code lightbus.service-name}, {@code lightbus.namespace}, {@code lightbus.rabbitmq.port}, ...); the ready file the
 * test waits for; commands from the test on standard input; and an end when the test JVM goes away (standard input
 * closes) or the process has run too long, so that none outlives the suite.
 */
final class BusProcess {

    /** System property: the file to create once the application has started. */
    static final String READY_FILE = "lightbus.faults.ready-file";
    /** System property: a duration after which the process halts whatever it does. */
    static final String MAX_LIFETIME = "lightbus.faults.max-lifetime";

    private BusProcess() {
    }

    /**
     * Watches standard input and the lifetime bound, then starts the bus application with these bean classes.
     *
     * @param commands
     *            receives each line the test sends
     */
    static BusApplication start(Consumer<String> commands, Class<?>... beans) {
        Thread watcher = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    commands.accept(line.strip());
                }
            } catch (IOException e) {
                // the test JVM is gone
            }
            Runtime.getRuntime().halt(3);
        }, "test-commands");
        watcher.setDaemon(true);
        watcher.start();
        Duration lifetime = Duration.parse(System.getProperty(MAX_LIFETIME, "PT5M"));
        new Timer("lifetime-limit", true).schedule(new TimerTask() {
            @Override
            public void run() {
                System.err.println("Ran longer than " + lifetime + ": halting");
                Runtime.getRuntime().halt(4);
            }
        }, lifetime.toMillis());
        return BusApplication.named(System.getProperty("lightbus.service-name"))
                .in(System.getProperty("lightbus.namespace")).with(beans).start();
    }

    /** Tells the test that the application has started: its listeners consume, its servers serve. */
    static void ready() throws IOException {
        Files.writeString(Path.of(System.getProperty(READY_FILE)), Long.toString(ProcessHandle.current().pid()));
    }
}
