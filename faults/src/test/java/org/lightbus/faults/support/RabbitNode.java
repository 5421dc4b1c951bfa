package org.lightbus.faults.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A RabbitMQ node of the suite's own, on a spare loopback port, with its data, logs and Erlang cookie under
 * {@code target/rabbitmq/<node>}: faults are injected here and never into the shared broker on 5672. Started the way
 * DESIGN.md §6 measured: {@code rabbitmq-server} and {@code rabbitmqctl} called directly, each with the node's own
 * {@code HOME} (its cookie), an empty {@code RABBITMQ_CONF_ENV_FILE} (the system's would name the shared node) and
 * per-node names, ports and folders.
 *
 * <p>
 * The node is killed with {@code kill -9} (the PID from its pid file) and started again on the same data and port, as a
 * crash and a restart by a supervisor would. A JVM shutdown hook kills it if the suite ends without {@link #stop()}; a
 * node left behind by a JVM that was itself killed is killed by the next {@link #start}.
 */
public final class RabbitNode implements AutoCloseable {

    /** System property: the folder holding {@code rabbitmq-server} and {@code rabbitmqctl}. */
    public static final String BIN_PROPERTY = "lightbus.faults.rabbitmq-bin";

    private static final String DEFAULT_BIN = "/usr/lib/rabbitmq/bin";
    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final Duration COMMAND = Duration.ofSeconds(60);
    private static final String ALARM_WATERMARK = "0.0000001";
    private static final String NORMAL_WATERMARK = "0.4";
    /** A row of {@code list_connections name pid client_properties}: the name, the pid, the client-provided name. */
    private static final Pattern CONNECTION = Pattern
            .compile("^(.*?)\\t(<[^>]+>)\\t.*\"connection_name\",\"([^\"]*)\"");

    private final Path bin;
    private final Path dir;
    private final String nodeName;
    private final int port;
    private final int distPort;
    private final Thread shutdownHook = new Thread(this::killQuietly, "rabbit-node-shutdown");
    private Process server;
    private long pid;
    private boolean alarm;

    private RabbitNode(Path bin, Path dir, String nodeName, int port, int distPort) {
        this.bin = bin;
        this.dir = dir;
        this.nodeName = nodeName;
        this.port = port;
        this.distPort = distPort;
    }

    /**
     * Starts a node under {@code workDir/rabbitmq}, after killing any node that an earlier run left there.
     *
     * @throws IllegalStateException
     *             if RabbitMQ's server is not installed, or the node does not start within two minutes
     */
    public static RabbitNode start(Path workDir) {
        Path bin = Path.of(System.getProperty(BIN_PROPERTY, DEFAULT_BIN));
        for (String command : List.of("rabbitmq-server", "rabbitmqctl")) {
            if (!Files.isExecutable(bin.resolve(command))) {
                throw new IllegalStateException("The fault suite starts a RabbitMQ node of its own and needs RabbitMQ's"
                        + " server installed, but " + bin.resolve(command) + " is missing. Install it (Debian: apt-get"
                        + " install rabbitmq-server; .ci/run does), or set -D" + BIN_PROPERTY
                        + " to the folder that holds rabbitmq-server and rabbitmqctl.");
            }
        }
        Path nodes = workDir.resolve("rabbitmq");
        killLeftovers(nodes);
        String id = "lightbus-faults-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        int port = sparePort(-1);
        RabbitNode node = new RabbitNode(bin, nodes.resolve(id).toAbsolutePath(), id + "@localhost", port,
                sparePort(port));
        node.prepare();
        Runtime.getRuntime().addShutdownHook(node.shutdownHook);
        node.launch();
        return node;
    }

    /** @return the AMQP port on 127.0.0.1 */
    public int port() {
        return port;
    }

    /** @return the Erlang node name, {@code lightbus-faults-<random>@localhost} */
    public String nodeName() {
        return nodeName;
    }

    /** @return true if the node's Erlang VM runs */
    public synchronized boolean isRunning() {
        return pid != 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Kills the node with SIGKILL, as a crash would, and returns once its VM has gone. */
    public synchronized void kill9() {
        if (pid == 0 && server != null) { // a start that failed: its VM may run all the same
            pid = readPid();
        }
        if (pid != 0) {
            ProcessHandle.of(pid).ifPresent(vm -> {
                vm.destroyForcibly();
                join(vm, Duration.ofSeconds(30));
            });
            pid = 0;
        }
        if (server != null) {
            join(server.toHandle(), Duration.ofSeconds(30));
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
     * {@code lightbus-<service>}) matches a regular expression, with {@code rabbitmqctl close_connection}.
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
     * Raises or clears a memory alarm: RabbitMQ blocks every publishing connection while it is raised. Returns once the
     * node reports the alarm as raised or cleared.
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
        List<String> command = new ArrayList<>(List.of(bin.resolve("rabbitmqctl").toString(), "-n", nodeName));
        command.addAll(List.of(arguments));
        Path output = null;
        try {
            output = Files.createTempFile(dir, "rabbitmqctl", ".out");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            environment(builder.environment());
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
            deleteQuietly(output);
        }
    }

    @Override
    public String toString() {
        return nodeName + " on 127.0.0.1:" + port;
    }

    private void prepare() {
        try {
            for (String folder : List.of("home", "mnesia", "log")) {
                Files.createDirectories(dir.resolve(folder));
            }
            Path cookie = dir.resolve("home/.erlang.cookie");
            Files.writeString(cookie, HexFormat.of().withUpperCase().formatHex(new SecureRandom().generateSeed(16)));
            Files.setPosixFilePermissions(cookie, PosixFilePermissions.fromString("r--------"));
            Files.writeString(dir.resolve("rabbitmq-env.conf"), "");
            Files.writeString(dir.resolve("enabled_plugins"), "[].\n");
            Files.writeString(dir.resolve("rabbitmq.conf"),
                    "listeners.tcp.default = 127.0.0.1:" + port + "\nloopback_users = none\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void environment(Map<String, String> environment) {
        // nothing of the shared node's or the caller's RabbitMQ settings may leak into this node
        environment.keySet().removeIf(key -> key.startsWith("RABBITMQ_") || key.startsWith("ERL_"));
        environment.put("HOME", dir.resolve("home").toString());
        environment.put("RABBITMQ_CONF_ENV_FILE", dir.resolve("rabbitmq-env.conf").toString());
        environment.put("RABBITMQ_NODENAME", nodeName);
        environment.put("RABBITMQ_NODE_PORT", Integer.toString(port));
        environment.put("RABBITMQ_DIST_PORT", Integer.toString(distPort));
        environment.put("RABBITMQ_MNESIA_BASE", dir.resolve("mnesia").toString());
        environment.put("RABBITMQ_LOG_BASE", dir.resolve("log").toString());
        environment.put("RABBITMQ_CONFIG_FILE", dir.resolve("rabbitmq.conf").toString());
        environment.put("RABBITMQ_ADVANCED_CONFIG_FILE", dir.resolve("advanced.config").toString());
        environment.put("RABBITMQ_ENABLED_PLUGINS_FILE", dir.resolve("enabled_plugins").toString());
        environment.put("RABBITMQ_PID_FILE", pidFile().toString());
        environment.put("ERL_EPMD_ADDRESS", "127.0.0.1");
        // Erlang distribution (the node's and each CLI call's) on loopback too, as the shared node has it
        environment.put("ERL_FLAGS", "-kernel inet_dist_use_interface {127,0,0,1}");
    }

    private Path pidFile() {
        return dir.resolve("rabbitmq.pid");
    }

    private void launch() {
        long started = System.nanoTime();
        try {
            Files.deleteIfExists(pidFile());
            ProcessBuilder builder = new ProcessBuilder(bin.resolve("rabbitmq-server").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("log/console.log").toFile()));
            environment(builder.environment());
            server = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // await_startup fails at once while the node has not registered with epmd yet: ask again until it answers
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!server.isAlive()) {
                throw new IllegalStateException(
                        "RabbitMQ node " + this + " exited while starting (" + server.exitValue() + "): " + log());
            }
            try {
                rabbitmqctl("await_startup", "--timeout", "10");
                return Files.exists(pidFile()) && !Files.readString(pidFile()).isBlank();
            } catch (IllegalStateException e) {
                return false;
            }
        });
        pid = readPid();
        System.out.printf("RabbitMQ node %s started in %.1f s (pid %d, data in %s)%n", this,
                (System.nanoTime() - started) / 1e9, pid, dir);
    }

    /** @return the PID in the pid file, or 0 if there is none yet */
    private long readPid() {
        try {
            String text = Files.exists(pidFile()) ? Files.readString(pidFile()).strip() : "";
            return text.isEmpty() ? 0 : Long.parseLong(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String log() {
        try {
            String text = Files.readString(dir.resolve("log/console.log"));
            return text.substring(Math.max(0, text.length() - 4_000));
        } catch (IOException e) {
            return "(no console log: " + e + ")";
        }
    }

    private void killQuietly() {
        try {
            kill9();
        } catch (RuntimeException e) {
            // the JVM is going away
        }
    }

    /** Kills the nodes an earlier run left running (its JVM killed before its shutdown hook ran), then forgets them. */
    private static void killLeftovers(Path nodes) {
        if (!Files.isDirectory(nodes)) {
            return;
        }
        try (Stream<Path> earlier = Files.list(nodes)) {
            for (Path node : earlier.toList()) {
                Path pidFile = node.resolve("rabbitmq.pid");
                if (Files.exists(pidFile)) {
                    String home = node.resolve("home").toAbsolutePath().toString();
                    ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                            .filter(vm -> vm.info().commandLine().map(line -> line.contains(home)).orElse(false))
                            .ifPresent(vm -> {
                                vm.destroyForcibly();
                                join(vm, Duration.ofSeconds(30));
                            });
                }
                deleteTree(node);
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Cannot clean up the nodes of an earlier run in " + nodes, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover temporary file under target/
            }
        }
    }

    private static void join(ProcessHandle process, Duration bound) {
        try {
            process.onExit().get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Process " + process.pid() + " did not exit within " + bound, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A port that nothing listens on, out of the range the system hands out for outgoing connections. */
    private static int sparePort(int not) {
        SecureRandom random = new SecureRandom();
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = 20_000 + random.nextInt(10_000);
            if (candidate == not) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), candidate), 1);
                return candidate;
            } catch (IOException e) {
                // taken: try another
            }
        }
        throw new IllegalStateException("No spare port between 20000 and 30000 on 127.0.0.1");
    }
}
