package org.lightbus.faults.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The folder, names, ports and environment of one {@link RabbitNode}, as DESIGN.md §6 measured them: a {@code HOME}
 * with the node's own {@code .erlang.cookie} (mode 400), an empty {@code RABBITMQ_CONF_ENV_FILE} (the system's names
 * the shared node), a configuration file that listens on loopback only, no plugins, a pid file, and epmd and Erlang
 * distribution on loopback. The server and every {@code rabbitmqctl} call get the same environment.
 */
final class NodeHome {

    private final Path dir;
    private final String nodeName;
    private final int port;
    private final int distPort;
    private final NodeTls tls;

    private NodeHome(Path dir, String nodeName, int port, int distPort, NodeTls tls) {
        this.dir = dir;
        this.tls = tls;
        this.nodeName = nodeName;
        this.port = port;
        this.distPort = distPort;
    }

    /** Picks a node name and spare ports and writes the node's files into {@code nodes/<name>}. */
    static NodeHome create(Path nodes) {
        String id = "lightbus-faults-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        int port = sparePort();
        int distPort = sparePort(port);
        Path dir = nodes.resolve(id).toAbsolutePath();
        NodeTls tls = NodeTls.create(dir.resolve("tls"), sparePort(port, distPort));
        NodeHome home = new NodeHome(dir, id + "@localhost", port, distPort, tls);
        try {
            for (String folder : List.of("home", "mnesia", "log")) {
                Files.createDirectories(home.dir.resolve(folder));
            }
            Path cookie = home.dir.resolve("home/.erlang.cookie");
            Files.writeString(cookie, HexFormat.of().withUpperCase().formatHex(new SecureRandom().generateSeed(16)));
            Files.setPosixFilePermissions(cookie, PosixFilePermissions.fromString("r--------"));
            Files.writeString(home.dir.resolve("rabbitmq-env.conf"), "");
            Files.writeString(home.dir.resolve("enabled_plugins"), "[].\n");
            Files.writeString(home.dir.resolve("rabbitmq.conf"),
                    "listeners.tcp.default = 127.0.0.1:" + port + "\nloopback_users = none\n" + tls.configuration());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return home;
    }

    Path dir() {
        return dir;
    }

    String nodeName() {
        return nodeName;
    }

    int port() {
        return port;
    }

    NodeTls tls() {
        return tls;
    }

    /** Sets the node's environment, and removes every other RabbitMQ and Erlang setting of the caller's. */
    void environment(Map<String, String> environment) {
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

    Path pidFile() {
        return dir.resolve("rabbitmq.pid");
    }

    /** @return the PID in the pid file, or 0 if there is none yet */
    long readPid() {
        try {
            String text = Files.exists(pidFile()) ? Files.readString(pidFile()).strip() : "";
            return text.isEmpty() ? 0 : Long.parseLong(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the server's console output goes. */
    Path console() {
        return dir.resolve("log/console.log");
    }

    /** @return the end of the server's console output, for failure messages */
    String consoleTail() {
        try {
            String text = Files.readString(console());
            return text.substring(Math.max(0, text.length() - 4_000));
        } catch (IOException e) {
            return "(no console output: " + e + ")";
        }
    }

    /** Kills the nodes an earlier run left running (its JVM killed before its shutdown hook ran), then forgets them. */
    static void killLeftovers(Path nodes) {
        if (!Files.isDirectory(nodes)) {
            return;
        }
        try (Stream<Path> earlier = Files.list(nodes)) {
            for (Path node : earlier.toList()) {
                Path pidFile = node.resolve("rabbitmq.pid");
                if (Files.exists(pidFile)) {
                    // only the VM of that node: its command line names the node's HOME
                    String home = node.resolve("home").toAbsolutePath().toString();
                    ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                            .filter(vm -> vm.info().commandLine().map(line -> line.contains(home)).orElse(false))
                            .ifPresent(vm -> kill(vm, Duration.ofSeconds(30)));
                }
                try (Stream<Path> paths = Files.walk(node)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(path);
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Cannot clean up the nodes of an earlier run in " + nodes, e);
        }
    }

    /** Sends SIGKILL and waits until the process has gone. */
    static void kill(ProcessHandle process, Duration bound) {
        process.destroyForcibly();
        join(process, bound);
    }

    static void join(ProcessHandle process, Duration bound) {
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
    private static int sparePort(int... not) {
        SecureRandom random = new SecureRandom();
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = 20_000 + random.nextInt(10_000);
            int c = candidate;
            if (Arrays.stream(not).anyMatch(p -> p == c)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), candidate), 1);
                return candidate;
            } catch (IOException e) {
                // taken: try another
            }
        }
        throw new IllegalStateException("No spare port between 20000 and 30000 on 127.0.0.1");
    }
}
