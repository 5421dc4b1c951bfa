package org.lightbus.devbroker.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.lightbus.devbroker.DevBroker;

/**
 * Gives the tests of a JUnit Platform session a broker on {@code 127.0.0.1:5672}: RabbitMQ if it answers there,
 * otherwise a {@link DevBroker} started for the session and stopped after it. Registered as a service, so having this
 * jar on the test class path is all it takes.
 *
 * <p>
 * System property {@value #MODE}, else environment variable {@value #MODE_VARIABLE} (which also reaches test JVMs whose
 * build configuration sets the system property for their own purpose):
 * <ul>
 * <li>{@code auto} (the default): as above;</li>
 * <li>{@code rabbitmq}: RabbitMQ is required; the session fails at once if nothing answers, and no
 * {@link RequiresRabbitMQ} test is skipped;</li>
 * <li>{@code development}: always the development broker, on the port of system property {@value #PORT} (5672 by
 * default), which must be free.</li>
 * </ul>
 * With the development broker, the {@link RequiresRabbitMQ} tests are skipped, listed by name when the session ends and
 * written to {@value #SKIPPED_FILE} in the working directory.
 */
public final class TestBrokerSession implements LauncherSessionListener {

    /** The system property that chooses the broker: {@code auto}, {@code rabbitmq} or {@code development}. */
    public static final String MODE = "lightbus.test.broker";

    /** The environment variable that chooses the broker where the system property is not set. */
    public static final String MODE_VARIABLE = "LIGHTBUS_TEST_BROKER";

    /** The system property with the broker's port, 5672 by default. */
    public static final String PORT = "lightbus.test.broker.port";

    /** Where the skipped tests are listed, relative to the working directory (a Maven module's folder). */
    public static final String SKIPPED_FILE = "target/tests-skipped-without-rabbitmq.txt";

    /** The system property naming a file that collects the skipped tests of several sessions. */
    public static final String SKIPPED_REPORT = "lightbus.test.skipped-report";

    static final String SKIP_REASON_PREFIX = "needs RabbitMQ (";

    private static final String HOST = "127.0.0.1";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private final List<String> skipped = new CopyOnWriteArrayList<>();
    private DevBroker broker;
    private boolean standsIn;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String variable = System.getenv(MODE_VARIABLE);
        String mode = System.getProperty(MODE, variable == null || variable.isBlank() ? "auto" : variable).trim()
                .toLowerCase(Locale.ROOT);
        int port = port();
        switch (mode) {
        case "auto" -> {
            if (DevBroker.answers(HOST, port, CONNECT_TIMEOUT)) {
                TestBroker.kind = TestBroker.Kind.RABBITMQ;
            } else {
                startDevelopmentBroker(port, "No RabbitMQ answers on " + HOST + ":" + port);
                standsIn = true;
            }
        }
        case "rabbitmq" -> {
            if (!DevBroker.answers(HOST, port, CONNECT_TIMEOUT)) {
                throw new IllegalStateException("No RabbitMQ answers on " + HOST + ":" + port + ", and " + MODE
                        + " (or " + MODE_VARIABLE + ") = rabbitmq requires it: start RabbitMQ, or run without it");
            }
            TestBroker.kind = TestBroker.Kind.RABBITMQ;
            TestBroker.required = true;
        }
        case "development" -> startDevelopmentBroker(port, MODE + "=development");
        default -> throw new IllegalArgumentException(
                "Invalid value '" + mode + "' of system property " + MODE + ": use auto, rabbitmq or development");
        }
        session.getLauncher().registerTestExecutionListeners(new TestExecutionListener() {
            @Override
            public void executionSkipped(TestIdentifier test, String reason) {
                if (reason != null && reason.startsWith(SKIP_REASON_PREFIX)) {
                    skipped.add(name(test) + ": " + reason);
                }
            }

            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                // only skips are collected
            }
        });
    }

    private void startDevelopmentBroker(int port, String why) {
        broker = DevBroker.start(HOST, port);
        TestBroker.kind = TestBroker.Kind.DEVELOPMENT;
        System.out.println("[lightbus] " + why + ": the tests run against the development broker (Apache Qpid "
                + "Broker-J) on " + HOST + ":" + port + "; tests that need RabbitMQ are skipped");
    }

    /**
     * @return {@code Class.method} or {@code Class}
     */
    private static String name(TestIdentifier test) {
        return test.getSource().map(source -> {
            if (source instanceof MethodSource method) {
                return method.getClassName() + "." + method.getMethodName();
            }
            return source instanceof ClassSource type ? type.getClassName() : test.getDisplayName();
        }).orElse(test.getDisplayName());
    }

    private static void write(Path file, String text, OpenOption... options) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, options);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static int port() {
        String value = System.getProperty(PORT, Integer.toString(DevBroker.AMQP_PORT));
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Invalid value '" + value + "' of system property " + PORT + ": use a TCP port, e.g. 5672", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            if (!skipped.isEmpty()) {
                report();
            }
        } finally {
            if (broker != null) {
                broker.close();
                broker = null;
            }
            TestBroker.kind = TestBroker.Kind.RABBITMQ;
            TestBroker.required = false;
        }
    }

    private void report() {
        StringBuilder text = new StringBuilder();
        text.append(skipped.size()).append(" tests skipped: they need RabbitMQ, and the development broker ran instead")
                .append(System.lineSeparator());
        skipped.forEach(test -> text.append("  ").append(test).append(System.lineSeparator()));
        System.out.print("[lightbus] " + text);
        write(Path.of(SKIPPED_FILE), text.toString());
        String collected = System.getProperty(SKIPPED_REPORT);
        if (standsIn && collected != null && !collected.isBlank()) {
            String module = Path.of("").toAbsolutePath().getFileName() + ": ";
            StringBuilder lines = new StringBuilder();
            skipped.forEach(test -> lines.append(module).append(test).append(System.lineSeparator()));
            write(Path.of(collected), lines.toString(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }
}
