package org.lightbus.example.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lightbus.devbroker.DevBroker;

/**
 * The example running: the three applications on a Liberty server, talking through the broker the environment
 * configures ({@link ConfiguredBroker}: {@code 127.0.0.1:5672} unless {@code LIGHTBUS_RABBITMQ_*} variables say
 * otherwise) if one of its nodes answers, otherwise through a {@link DevBroker} this class starts in the JVM on
 * {@code 127.0.0.1}. {@link #close()} stops the server, and the broker if it started one.
 *
 * <pre>
 * try (DemoServer demo = DemoServer.start(DemoSettings.fromSystemProperties())) {
 *     // open demo.page()
 * }
 * </pre>
 */
public final class DemoServer implements AutoCloseable {

    /** The applications, which are also their context roots and their service names. */
    public static final List<String> APPLICATIONS = List.of("signup", "images", "mailer");

    private static final String BROKER_HOST = "127.0.0.1";

    /** The first start unpacks Liberty's features and runs on a busy machine: be generous. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    /** HTTP/1.1: Open Liberty ties a connection upgraded to HTTP/2 to the application it first served. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final DemoSettings settings;
    private final ConfiguredBroker configured;
    private final DevBroker devBroker;
    private final LibertyServer server;
    private boolean serverStopped;
    private boolean brokerStopped;

    private DemoServer(DemoSettings settings, ConfiguredBroker configured, DevBroker devBroker, LibertyServer server) {
        this.settings = settings;
        this.configured = configured;
        this.devBroker = devBroker;
        this.server = server;
    }

    /**
     * Starts a broker if none answers, then the server, and waits until the three applications answer.
     *
     * @param settings
     *            where Liberty and the applications are, and how to run them
     *
     * @return the running example
     *
     * @throws IllegalStateException
     *             if the server or an application does not start within three minutes, with the end of the server's log
     */
    public static DemoServer start(DemoSettings settings) {
        ConfiguredBroker configured = ConfiguredBroker.of(System.getenv(), settings.brokerPort());
        boolean answers = configured.addresses().stream()
                .anyMatch(a -> DevBroker.answers(a.getHostString(), a.getPort(), Duration.ofSeconds(2)));
        DevBroker devBroker = answers ? null : DevBroker.start(BROKER_HOST, settings.brokerPort());
        DemoServer demo = null;
        try {
            demo = new DemoServer(settings, configured, devBroker, LibertyServer.create(settings));
            demo.server.start(demo.environment());
            demo.awaitApplications();
            return demo;
        } catch (IOException | RuntimeException e) {
            if (demo != null) {
                demo.close();
            } else if (devBroker != null) {
                devBroker.close();
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /**
     * @return the page to open, {@code http://localhost:<port>/signup/}
     */
    public URI page() {
        return base().resolve("signup/");
    }

    /**
     * @return the server's root, {@code http://localhost:<port>/}
     */
    public URI base() {
        return URI.create("http://localhost:" + settings.httpPort() + "/");
    }

    /**
     * @return which broker the applications use, in words: "the broker already running on 127.0.0.1:5672" or "the
     *         development broker on 127.0.0.1:5672 in this JVM (no broker answered on 127.0.0.1:5672)"
     */
    public String broker() {
        return devBroker == null ? "the broker already running on " + configured.describe()
                : "the development broker on " + BROKER_HOST + ":" + settings.brokerPort()
                        + " in this JVM (no broker answered on " + configured.describe() + ")";
    }

    /**
     * Waits until the server ends, e.g. stopped from another terminal.
     *
     * @return its exit code
     */
    public int awaitExit() throws InterruptedException {
        return server.awaitExit();
    }

    /** Stops the server; the broker keeps running until {@link #close()}. Calling it again does nothing. */
    public synchronized void stopServer() {
        if (!serverStopped) {
            serverStopped = true;
            server.stop();
        }
    }

    /** Stops the server, then the development broker if this class started it. Calling it again does nothing. */
    @Override
    public synchronized void close() {
        try {
            stopServer();
        } finally {
            if (devBroker != null && !brokerStopped) {
                brokerStopped = true;
                devBroker.close();
            }
        }
    }

    /**
     * The server's environment besides the inherited one. MicroProfile Config reads environment variables: they
     * override each application's own properties. A broker the user configured is inherited as it is.
     */
    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        if (devBroker != null || !configured.fromEnvironment()) {
            environment.put(ConfiguredBroker.HOST, BROKER_HOST);
            environment.put(ConfiguredBroker.PORT, Integer.toString(settings.brokerPort()));
            environment.put(ConfiguredBroker.ADDRESSES, ""); // blank: not set
        }
        settings.namespace().ifPresent(namespace -> environment.put("LIGHTBUS_NAMESPACE", namespace));
        return environment;
    }

    private void awaitApplications() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        for (String application : APPLICATIONS) {
            URI activity = base().resolve(application + "/activity");
            while (!answers(activity)) {
                Optional<String> error = server.applicationError();
                if (error.isPresent() || !server.isAlive() || Instant.now().isAfter(deadline)) {
                    String problem = error.orElse(server.isAlive()
                            ? "no answer within " + START_TIMEOUT.toSeconds() + " s" : "the server process ended");
                    throw new IllegalStateException(activity + ": " + problem + "; the end of " + server.messagesLog()
                            + ":\n" + server.logTail());
                }
                pause();
            }
        }
    }

    private static boolean answers(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + uri, e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250); // polling an HTTP endpoint that answers once the application runs
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the applications", e);
        }
    }
}
