package org.lightbus.faults.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.lightbus.faults.apps.PublisherApp;

/**
 * One test of the suite: a namespace of its own on the suite's node (so that it sees no other test's queues), a folder
 * {@code target/faults/<scenario>} for its applications' journals and logs, and the processes it started, all killed
 * when the test ends.
 */
public final class Scenario implements AutoCloseable {

    private final RabbitNode node;
    private final String name;
    private final Path dir;
    private final String namespace;
    private final List<AppProcess> processes = new CopyOnWriteArrayList<>();

    private Scenario(RabbitNode node, String name, Path dir, String namespace) {
        this.node = node;
        this.name = name;
        this.dir = dir;
        this.namespace = namespace;
    }

    static Scenario create(RabbitNode node, Path workDir, Class<?> testClass) {
        String name = testClass.getSimpleName().replaceFirst("IT$", "").replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .toLowerCase();
        Path dir = workDir.resolve("faults").resolve(name);
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Scenario(node, name, dir, "faults-" + name + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** @return the scenario's name, from its test class: {@code BrokerCrashFireIT} is {@code broker-crash-fire} */
    public String name() {
        return name;
    }

    /** @return the {@code lightbus.namespace} of its applications */
    public String namespace() {
        return namespace;
    }

    /** @return the suite's node */
    public RabbitNode node() {
        return node;
    }

    /** @return a file in the scenario's folder */
    public Path file(String fileName) {
        return dir.resolve(fileName);
    }

    /**
     * Starts an application process on the suite's node, in the scenario's namespace, and waits until it has started.
     *
     * @param processName
     *            its name in the scenario (its log is {@code <processName>.log})
     * @param serviceName
     *            its {@code lightbus.service-name}
     * @param main
     *            its main class
     * @param arguments
     *            the main class's arguments
     */
    public AppProcess start(String processName, String serviceName, Class<?> main, String... arguments) {
        AppProcess process = launch(processName, serviceName, main, arguments);
        return process.awaitReady();
    }

    /** Starts an application process like {@link #start} without waiting for it: call {@code awaitReady()}. */
    public AppProcess launch(String processName, String serviceName, Class<?> main, String... arguments) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("lightbus.service-name", serviceName);
        properties.put("lightbus.namespace", namespace);
        properties.put("lightbus.rabbitmq.host", "127.0.0.1");
        properties.put("lightbus.rabbitmq.port", Integer.toString(node.port()));
        // a node restart takes 5 to 15 s here, up to 25 s on a busy machine: the default hold of 30 s is too close
        properties.put("lightbus.publish.outage-hold", "60s");
        if (main == PublisherApp.class) { // fires the events of an API with events only
            properties.put("lightbus.owned-apis", "faults");
        }
        AppProcess process = AppProcess.start(processName, dir, main, properties, new ArrayList<>(List.of(arguments)));
        processes.add(process);
        return process;
    }

    /** Kills the processes the scenario started. */
    @Override
    public void close() {
        processes.forEach(AppProcess::close);
    }
}
