package org.lightbus.devbroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.SystemLauncherListener;

/**
 * An AMQP 0-9-1 broker in this JVM, for development and tests on a machine without RabbitMQ: Apache Qpid Broker-J with
 * everything in memory, one virtual host ({@code /}) and one user, {@code guest} with password {@code guest}, the
 * defaults of RabbitMQ and of Lightbus. Nothing survives {@link #close()}.
 *
 * <p>
 * Lightbus recognises the broker when it connects and runs in its compatibility mode: the same events, retries, dead
 * letters and RPC, by other means where Qpid lacks a RabbitMQ feature (see the connector's documentation). Never for
 * production: one process, no persistence, no replication.
 *
 * <pre>
 * try (DevBroker broker = DevBroker.start("127.0.0.1", 5672)) {
 *     // applications connect to 127.0.0.1:5672 as guest/guest
 * }
 * </pre>
 */
public final class DevBroker implements AutoCloseable {

    /** The default AMQP port, the one RabbitMQ and Lightbus use. */
    public static final int AMQP_PORT = 5672;

    private static final String CONFIGURATION = "broker.json";

    /**
     * The broker's logs, warnings and errors only: its operational log has a line per connection, queue and exchange
     * opened. Held here, because java.util.logging keeps loggers weakly.
     */
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("qpid.message"),
            Logger.getLogger("org.apache.qpid"));

    static {
        QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
    }

    private final SystemLauncher launcher;
    private final String host;
    private final int port;
    private final Path workDirectory;

    private DevBroker(SystemLauncher launcher, String host, int port, Path workDirectory) {
        this.launcher = launcher;
        this.host = host;
        this.port = port;
        this.workDirectory = workDirectory;
    }

    /**
     * Starts a broker listening on {@code host:port}.
     *
     * @param host
     *            the address to listen on, e.g. {@code 127.0.0.1}
     * @param port
     *            the AMQP port, e.g. {@link #AMQP_PORT}
     *
     * @return the running broker
     *
     * @throws IllegalStateException
     *             naming the address, if the broker cannot start (e.g. the port is taken)
     */
    public static DevBroker start(String host, int port) {
        Path work = createWorkDirectory();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        SystemLauncher launcher = new SystemLauncher(new SystemLauncherListener.DefaultSystemLauncherListener() {
            @Override
            public void errorOnStartup(RuntimeException e) {
                failure.set(e);
            }
        });
        try {
            launcher.startup(attributes(host, port, work));
        } catch (Exception e) {
            failure.compareAndSet(null, e instanceof RuntimeException r ? r : new IllegalStateException(e));
        }
        if (failure.get() != null) {
            launcher.shutdown();
            deleteRecursively(work);
            throw new IllegalStateException("The development broker could not start on " + host + ":" + port + " ("
                    + failure.get().getMessage() + "); is the port taken?", failure.get());
        }
        return new DevBroker(launcher, host, port, work);
    }

    /**
     * @param host
     *            a host name or address
     * @param port
     *            a TCP port
     * @param timeout
     *            how long to wait for the connection
     *
     * @return true if something accepts TCP connections there
     */
    public static boolean answers(String host, int port, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @return the address the broker listens on
     */
    public String host() {
        return host;
    }

    /**
     * @return the AMQP port
     */
    public int port() {
        return port;
    }

    /** Stops the broker; everything it held is gone. Connections are closed. */
    @Override
    public void close() {
        launcher.shutdown();
        deleteRecursively(workDirectory);
    }

    @Override
    public String toString() {
        return "DevBroker[" + host + ":" + port + "]";
    }

    private static Map<String, Object> attributes(String host, int port, Path work) {
        URL configuration = DevBroker.class.getResource(CONFIGURATION);
        if (configuration == null) {
            throw new IllegalStateException(CONFIGURATION + " is missing beside " + DevBroker.class.getName());
        }
        Map<String, Object> context = new HashMap<>();
        context.put("lightbus.dev-broker.host", host);
        context.put("lightbus.dev-broker.port", Integer.toString(port));
        context.put("qpid.work_dir", work.toString());
        context.put("QPID_WORK", work.toString());
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("type", "Memory");
        attributes.put("initialConfigurationLocation", configuration.toExternalForm());
        attributes.put("startupLoggedToSystemOut", false);
        attributes.put("context", context);
        return attributes;
    }

    private static Path createWorkDirectory() {
        try {
            return Files.createTempDirectory("lightbus-dev-broker");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the development broker's work directory", e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: the system cleans it up
        }
    }
}
