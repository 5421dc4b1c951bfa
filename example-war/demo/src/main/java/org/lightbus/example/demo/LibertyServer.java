package org.lightbus.example.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lightbus.devbroker.DevBroker;

/**
 * A server of an Open Liberty installation, created from this package's {@code server.xml} with the applications in its
 * {@code apps} folder, and run as a child process ({@code bin/server run}) with the running JVM.
 */
final class LibertyServer {

    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration EXIT_TIMEOUT = Duration.ofMinutes(1);

    /** A Liberty error message about an application, e.g. {@code E CWWKZ0002E: An exception occurred ...}. */
    private static final Pattern APPLICATION_ERROR = Pattern.compile(" E (CWWKZ\\d{4}E: .*)");

    private final DemoSettings settings;
    private final Path directory;
    private Process process;

    private LibertyServer(DemoSettings settings) {
        this.settings = settings;
        this.directory = settings.wlpHome().resolve("usr").resolve("servers").resolve(settings.serverName());
    }

    /**
     * Writes the server's configuration and copies the applications into it.
     *
     * @throws IllegalStateException
     *             if there is no Liberty installation or no application
     */
    static LibertyServer create(DemoSettings settings) throws IOException {
        LibertyServer server = new LibertyServer(settings);
        if (!Files.isRegularFile(server.script())) {
            throw new IllegalStateException("No Open Liberty in " + settings.wlpHome()
                    + ": the build unpacks it (phase pre-integration-test of example-war/demo)");
        }
        Path apps = Files.createDirectories(server.directory.resolve("apps"));
        try (InputStream xml = LibertyServer.class.getResourceAsStream("server.xml")) {
            Files.copy(xml, server.directory.resolve("server.xml"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(server.directory.resolve("bootstrap.properties"),
                "example.http.port=" + settings.httpPort() + "\n");
        for (String application : DemoServer.APPLICATIONS) {
            String war = "lightbus-example-" + application + ".war";
            Path source = settings.applications().resolve(war);
            if (!Files.isRegularFile(source)) {
                throw new IllegalStateException("No " + war + " in " + settings.applications()
                        + ": the build copies the applications there (phase pre-integration-test of example-war/demo)");
            }
            Files.copy(source, apps.resolve(war), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.deleteIfExists(server.messagesLog()); // a log of an earlier run would report its errors
        return server;
    }

    /**
     * Starts the server; first stops it if an earlier run left it running.
     *
     * @param environment
     *            environment variables for the server, besides {@code JAVA_HOME}
     *
     * @throws IllegalStateException
     *             if another program has the HTTP port
     */
    void start(Map<String, String> environment) throws IOException {
        if (command("status") == 0) {
            System.out.println("Stopping the server " + settings.serverName() + " that an earlier run left running");
            command("stop");
        }
        if (DevBroker.answers("localhost", settings.httpPort(), Duration.ofSeconds(1))) {
            throw new IllegalStateException("Port " + settings.httpPort() + " is taken by another program");
        }
        Files.createDirectories(directory.resolve("logs"));
        ProcessBuilder builder = builder("run").redirectErrorStream(true)
                .redirectOutput(directory.resolve("logs").resolve("console.log").toFile());
        builder.environment().putAll(environment);
        process = builder.start();
    }

    /**
     * @return false once the server process has ended
     */
    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /**
     * Waits until the server process ends.
     *
     * @return its exit code
     */
    int awaitExit() throws InterruptedException {
        return process.waitFor();
    }

    /**
     * @return the first error Liberty logged about an application, if any
     */
    Optional<String> applicationError() {
        return messages().stream().map(APPLICATION_ERROR::matcher).filter(Matcher::find).map(m -> m.group(1))
                .findFirst();
    }

    /**
     * @return the last lines of the server's messages.log, for a failure report
     */
    String logTail() {
        List<String> lines = messages();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /**
     * @return the server's main log
     */
    Path messagesLog() {
        return directory.resolve("logs").resolve("messages.log");
    }

    /** Stops the server with {@code bin/server stop}, and ends its process if it is still there after a minute. */
    void stop() {
        if (process == null) {
            return;
        }
        try {
            if (process.isAlive()) {
                command("stop");
            }
            if (!process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private List<String> messages() {
        try {
            return Files.exists(messagesLog()) ? Files.readAllLines(messagesLog(), StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code bin/server <action> <name>} and returns its exit code. */
    private int command(String action) throws IOException {
        Process command = builder(action).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (!command.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                command.destroyForcibly();
                throw new IllegalStateException("server " + action + " " + settings.serverName() + " took longer than "
                        + COMMAND_TIMEOUT.toSeconds() + " s");
            }
            return command.exitValue();
        } catch (InterruptedException e) {
            command.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during server " + action, e);
        }
    }

    private ProcessBuilder builder(String action) {
        ProcessBuilder builder = new ProcessBuilder(script().toString(), action, settings.serverName());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder;
    }

    private Path script() {
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
        return settings.wlpHome().resolve("bin").resolve(windows ? "server.bat" : "server");
    }
}
