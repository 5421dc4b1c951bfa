package org.lightbus.tck.quarkus;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.lightbus.tck.scenarios.Http;

/**
 * A second instance of the TCK application, started from the production jar ({@code quarkus-run.jar}) as a user runs
 * it, in the same namespace as the {@code @QuarkusTest} instance: the two compete for the listeners' events.
 */
final class ProductionInstance implements AutoCloseable {

    private final Process process;
    private final URI url;

    private ProductionInstance(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    static ProductionInstance start(String namespace, int port) throws IOException {
        String jar = System.getProperty("lightbus.tck.quarkus-jar");
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        File log = Path.of(jar).resolveSibling("production-instance.log").toFile();
        Process process = new ProcessBuilder(java.toString(), "-Dquarkus.http.port=" + port,
                "-Dlightbus.namespace=" + namespace, "-jar", jar).redirectErrorStream(true).redirectOutput(log).start();
        ProductionInstance instance = new ProductionInstance(process, URI.create("http://localhost:" + port + "/"));
        await().atMost(Duration.ofSeconds(120)).ignoreExceptions().until(() -> {
            Http.received(instance.url);
            return true;
        });
        return instance;
    }

    URI url() {
        return url;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: Quarkus shuts down, Lightbus stops its listeners and closes its connection
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
