package org.lightbus.tck.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lightbus.tck.support.Broker;

/**
 * An application that starts and stops prints no warning: in particular none from SLF4J, through which the RabbitMQ
 * client logs. SLF4J speaks once per JVM, when it is first used, so the application runs in a JVM of its own.
 */
class QuietStartTest {

    private final Broker broker = new Broker();

    @AfterEach
    void stop() throws Exception {
        broker.close();
    }

    @Test
    void startingAndStoppingAnApplicationPrintsNoWarning() throws Exception {
        broker.listenerQueue("mailer", "welcome");

        List<String> lines = run(StartAndStop.class, broker.namespace());

        assertThat(lines).as("the application ran").anyMatch(line -> line.contains("LBUS02501"))
                .anyMatch(line -> line.equals("started signup and mailer"))
                .anyMatch(line -> line.contains("LBUS02503"));
        assertThat(lines).noneMatch(line -> line.contains("SLF4J"))
                .noneMatch(line -> line.startsWith("WARN") || line.contains("WARNING"));
    }

    /** Runs a main class in a new JVM with this test's class path and broker settings; returns what it printed. */
    private static List<String> run(Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                        System.getProperty("java.class.path")));
        for (String key : List.of("lightbus.rabbitmq.port", "lightbus.test.amqp-uri")) {
            if (System.getProperty(key) != null) {
                command.add("-D" + key + "=" + System.getProperty(key));
            }
        }
        command.add(main.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the JVM ended").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }
}
