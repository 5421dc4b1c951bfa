package org.lightbus.faults.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A RabbitMQ node of the suite's own, on a spare loopback port, with its data, logs and Erlang cookie under
 * {@code target/rabbitmq/<node>} ({@link NodeHome}): faults are injected here and never into the shared broker on 5672.
 * {@code rabbitmq-server} and {@code rabbitmqctl} are called directly, each with the node's environment.
 *
 * <p>
 * The node is killed with {@code kill -9} (the PID from its pid file) and started again on the same data and port, as a
 * crash and a restart by a supervisor would. A JVM shutdown hook kills it if the suite ends without {@link #stop()}; a
 * node left behind by a JVM that was itself killed is killed by the next {@link #start}.
 */
public final class RabbitNode implements AutoCloseable {

    /** System property: the folder holding {@code rabbitmq-server} and {@code rabbitmqctl}. */
    public static final String BIN_PROPERTY = "lightbus.faults.rabbitmq-bin";

    private static final List<String> COMMANDS = List.of("rabbitmq-server", "rabbitmqctl");

    private static final String DEFAULT_BIN = "/usr/lib/rabbitmq/bin";
    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final Duration COMMAND = Duration.ofSeconds(60);
    private static final Duration EXIT = Duration.ofSeconds(30);
    private static final String ALARM_WATERMARK = "0.0000001";
    private static final String NORMAL_WATERMARK = "0.4";
    /** A row of {@code list_connections name pid client_properties}: the name, the pid, the client-provided name. */
    private static final Pattern CONNECTION = Pattern
            .compile("^(.*?)\\t(<[^>]+>)\\t.*\"connection_name\",\"([^\"]*)\"");

    private final Path bin;
    private final NodeHome home;
    private final Thread shutdownHook = new Thread(this::killOnShutdown, "rabbit-node-shutdown");
    private Process server;
    private volatile long pid;
    private boolean alarm;

    private RabbitNode(Path bin, NodeHome home) {
        this.bin = bin;
        this.home = home;
    }

    /**
     * @return true if RabbitMQ's server is installed where the suite looks for it
     */
    public static boolean installed() {
        return COMMANDS.stream().allMatch(command -> Files.isExecutable(bin().resolve(command)));
    }

    private static Path bin() {
        return Path.of(System.getProperty(BIN_PROPERTY, DEFAULT_BIN));
    }

    /**
     * Starts a node under {@code workDir/rabbitmq}, after killing any node that an earlier run left there.
     *
     * @throws IllegalStateException
     *             if RabbitMQ's server is not installed, or the node does not start within two minutes
     */
    public static RabbitNode start(Path workDir) {
        Path bin = bin();
        for (String command : COMMANDS) {
            if (!Files.isExecutable(bin.resolve(command))) {
                throw new IllegalStateException("The fault suite starts a RabbitMQ node of its own and needs RabbitMQ's"
                        + " server installed, but " + bin.resolve(command) + " is missing. Install it (Debian: apt-get"
                        + " install rabbitmq-server; .ci/run does), or set -D" + BIN_PROPERTY
                        + " to the folder that holds rabbitmq-server and rabbitmqctl.");
            }
        }
        Path nodes = workDir.resolve("rabbitmq");
        NodeHome.killLeftovers(nodes);
        RabbitNode node = new RabbitNode(bin, NodeHome.create(nodes));
        Runtime.getRuntime().addShutdownHook(node.shutdownHook);
        node.launch();
        return node;
    }

    /** @return the AMQP port on 127.0.0.1 */
    public int port() {
        return home.port();
    }

    /** @return the TLS port on 127.0.0.1, whose certificate names {@code localhost} only */
    public int tlsPort() {
        return home.tls().port();
    }

    /** @return the PEM certificate of the private CA that signed the TLS listener's certificate */
    public Path tlsCaFile() {
        return home.tls().caFile();
    }

    /** @return the Erlang node name, {@code lightbus-faults-<random>@localhost} */
    public String nodeName() {
        return home.nodeName();
    }

    /** @return true if the node's Erlang VM runs */
    public boolean isRunning() {
        long vm = pid;
        return vm != 0 && ProcessHandle.of(vm).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Kills the node with SIGKILL, as a crash would, and returns once its VM has gone. */
    public synchronized void kill9() {
        long vm = pid != 0 ? pid : home.readPid(); // none yet if a start failed: its VM may run all the same
        if (vm != 0) {
            ProcessHandle.of(vm).ifPresent(process -> NodeHome.kill(process, EXIT));
        }
        pid = 0;
        if (server != null) { // the rabbitmq-server script ends with its VM
            NodeHome.join(server.toHandle(), EXIT);
            server = null;
        }
        alarm = false; // a restarted node starts with the configured watermark
    }

    /** Starts the node again on the same data and port (killing it first if it runs) and waits until it serves. */
    public synchronized void restart() {
        kill9();
        launch();
    }

    /** Starts the node again if a test left it killed, and clears an alarm it left raised. */
    public synchronized void ensureHealthy() {
        if (!isRunning()) {
            restart();
        } else if (alarm) {
            memoryAlarm(false);
        }
    }

    /**
     * Closes, from the broker's side, every connection whose name or client-provided name (a Lightbus application's is
     * {@code lightbus-<service>}) matches a regular expression: {@code rabbitmqctl close_connection} for each that
     * {@code list_connections name pid client_properties} shows.
     *
     * @return the client-provided names of the connections closed
     *
     * @throws IllegalStateException
     *             if none matches
     */
    public List<String> closeConnections(String namePattern) {
        Pattern pattern = Pattern.compile(namePattern);
        List<String> closed = new ArrayList<>();
        for (String row : rabbitmqctl("list_connections", "--silent", "name", "pid", "client_properties").split("\n")) {
            Matcher matcher = CONNECTION.matcher(row);
            if (matcher.find()
                    && (pattern.matcher(matcher.group(1)).matches() || pattern.matcher(matcher.group(3)).matches())) {
                rabbitmqctl("close_connection", matcher.group(2), "closed by the fault suite");
                closed.add(matcher.group(3));
            }
        }
        if (closed.isEmpty()) {
            throw new IllegalStateException("No connection matches " + namePattern);
        }
        return closed;
    }

    /**
     * Raises or clears a memory alarm (a tiny or the default memory watermark): RabbitMQ blocks publishing connections
     * while it is raised. Returns once the node reports the alarm as raised or cleared.
     */
    public synchronized void memoryAlarm(boolean on) {
        rabbitmqctl("set_vm_memory_high_watermark", on ? ALARM_WATERMARK : NORMAL_WATERMARK);
        alarm = on;
        await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> rabbitmqctl("eval", "rabbit_alarm:get_alarms().").contains("memory") == on);
    }

    /** Kills the node (its data stays under {@code target/} until the next run). Idempotent. */
    public synchronized void stop() {
        kill9();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs anyway
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Runs {@code rabbitmqctl -n <node> <arguments>} with the node's environment.
     *
     * @return its output
     *
     * @throws IllegalStateException
     *             if it fails or takes longer than a minute
     */
    public String rabbitmqctl(String... arguments) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("rabbitmqctl").toString(), "-n", nodeName()));
        command.addAll(List.of(arguments));
        Path output = null;
        try {
            output = Files.createTempFile(home.dir(), "rabbitmqctl", ".out");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            home.environment(builder.environment());
            Process process = builder.start();
            if (!process.waitFor(COMMAND.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within " + COMMAND);
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed (" + process.exitValue() + "): " + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (output != null) {
                output.toFile().delete();
            }
        }
    }

    @Override
    public String toString() {
        return nodeName() + " on 127.0.0.1:" + port();
    }

    private void launch() {
        long started = System.nanoTime();
        try {
            Files.deleteIfExists(home.pidFile());
            ProcessBuilder builder = new ProcessBuilder(bin.resolve("rabbitmq-server").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(home.console().toFile()));
            home.environment(builder.environment());
            server = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // await_startup fails at once while the node has not registered with epmd yet: ask again until it answers
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!server.isAlive()) {
                throw new IllegalStateException("RabbitMQ node " + this + " exited while starting ("
                        + server.exitValue() + "): " + home.consoleTail());
            }
            try {
                rabbitmqctl("await_startup", "--timeout", "10");
                return home.readPid() != 0;
            } catch (IllegalStateException e) {
                return false;
            }
        });
        pid = home.readPid();
        System.out.printf("RabbitMQ node %s started in %.1f s (pid %d, data in %s)%n", this,
                (System.nanoTime() - started) / 1e9, pid, home.dir());
    }

    /** The shutdown hook: without the lock, which a thread still starting the node may hold. */
    private void killOnShutdown() {
        try {
            long vm = pid != 0 ? pid : home.readPid();
            if (vm != 0) {
                ProcessHandle.of(vm).ifPresent(ProcessHandle::destroyForcibly);
            }
        } catch (RuntimeException e) {
            // the JVM is going away
        }
    }
}
